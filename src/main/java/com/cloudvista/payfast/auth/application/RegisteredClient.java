package com.cloudvista.payfast.auth.application;

import java.util.List;

/** A newly registered machine client: the only moment its secret is visible. */
public record RegisteredClient(
    String clientId, String clientSecret, String name, List<String> scopes) {}

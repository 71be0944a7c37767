package com.cloudvista.payfast.auth.application;

import java.util.List;

/** What the API tells about a user. */
public record UserProfile(
    String id, String email, String displayName, String status, List<String> groups) {}

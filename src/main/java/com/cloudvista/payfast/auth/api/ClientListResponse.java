package com.cloudvista.payfast.auth.api;

import java.util.List;

/** {@code GET /auth/v1/clients}: the caller's clients, newest first. */
public record ClientListResponse(List<ClientResponse> data) {}

package com.cloudvista.payfast.auth.api;

import jakarta.json.bind.annotation.JsonbProperty;

/** RFC 6749 §5.2 error body. */
public record OAuthErrorResponse(
    @JsonbProperty("error") String error,
    @JsonbProperty("error_description") String errorDescription) {}

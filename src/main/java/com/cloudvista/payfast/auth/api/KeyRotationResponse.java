package com.cloudvista.payfast.auth.api;

/** The key id that signs new tokens after a rotation. */
public record KeyRotationResponse(String kid) {}

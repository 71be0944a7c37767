package com.cloudvista.payfast.auth.application;

/** The result of a token grant; refresh and ID tokens only for users. */
public record TokenSet(
    String accessToken, long expiresIn, String refreshToken, String idToken, String scope) {}

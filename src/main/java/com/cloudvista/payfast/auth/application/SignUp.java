package com.cloudvista.payfast.auth.application;

/**
 * A sign-up whose fields passed Bean Validation; the password policy is checked by the use case.
 */
public record SignUp(String email, String password, String displayName) {}

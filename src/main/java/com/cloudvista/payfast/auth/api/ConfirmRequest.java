package com.cloudvista.payfast.auth.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /auth/v1/users/confirm}: the code Cognito e-mailed at sign-up. */
public record ConfirmRequest(
    @NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 64) String code) {}

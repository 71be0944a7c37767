package com.cloudvista.payfast.auth.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /auth/v1/users}; the password policy is checked by the use case (it is
 * configuration).
 */
public record SignUpRequest(
    @NotBlank @Email @Size(max = 254) String email,
    @NotNull @Size(max = 256) String password,
    @NotBlank @Size(max = 100) String displayName) {}

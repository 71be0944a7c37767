package com.cloudvista.payfast.auth.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /auth/v1/clients}: a machine client and the scopes it may request. */
public record CreateClientRequest(
    @NotBlank @Size(max = 100) String name,
    @NotNull @NotEmpty @Size(max = 4) List<@NotBlank String> scopes) {}

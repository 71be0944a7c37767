package com.cloudvista.payfast.ledger.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateWalletRequest(
    @NotNull @Schema(examples = "USD", description = "ISO 4217, one of the configured currencies")
        String currency,
    @Size(max = 100) @Schema(examples = "Holiday savings") String name) {}

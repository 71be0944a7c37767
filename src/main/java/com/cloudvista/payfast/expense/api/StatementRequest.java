package com.cloudvista.payfast.expense.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Export a wallet's statement for [from, to) as CSV or JSON. */
public record StatementRequest(
    @NotNull @Size(min = 1, max = 64) String walletId,
    @NotNull @Schema(examples = "2026-11-01T00:00:00Z") String from,
    @NotNull @Schema(examples = "2026-12-01T00:00:00Z", description = "exclusive") String to,
    @NotNull @Schema(enumeration = {"csv", "json"}) String format) {}

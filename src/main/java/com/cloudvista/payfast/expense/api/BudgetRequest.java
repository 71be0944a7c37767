package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.platform.json.MinorUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A budget's monthly limit and rollover mode, in force from {@code fromMonth} (default: this month)
 * on; earlier months keep what they had.
 */
public record BudgetRequest(
    @NotNull @Schema(examples = "USD") String currency,
    @JsonbTypeDeserializer(MinorUnits.class)
        @NotNull
        @Positive
        @Schema(examples = "40000", description = "minor units")
        Long monthlyLimit,
    @Schema(
            enumeration = {"NONE", "SURPLUS", "FULL"},
            defaultValue = "NONE")
        String rollover,
    @Schema(examples = "2026-01", description = "YYYY-MM; default the current UTC month")
        String fromMonth) {}

package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.platform.json.MinorUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A top-up from an external funding source. */
public record DepositRequest(
    @NotNull String walletId,
    @JsonbTypeDeserializer(MinorUnits.class)
        @NotNull
        @Positive
        @Schema(examples = "1250", description = "minor units")
        Long amount,
    @NotNull @Schema(examples = "USD") String currency,
    @Size(max = 255) String reference) {}

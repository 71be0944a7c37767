package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.platform.json.MinorUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment to a merchant; {@code capture:false} only places a hold (status PENDING). */
public record PaymentRequest(
    @NotNull String sourceWalletId,
    @NotBlank @Size(max = 200) @Schema(examples = "Coffee Corner") String merchant,
    @JsonbTypeDeserializer(MinorUnits.class)
        @NotNull
        @Positive
        @Schema(examples = "450", description = "minor units")
        Long amount,
    @NotNull @Schema(examples = "USD") String currency,
    @Size(max = 500) String description,
    @Size(max = 64) String category,
    @Schema(defaultValue = "true") Boolean capture) {}

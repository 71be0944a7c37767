package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.platform.json.MinorUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Exactly one of {@code destinationWalletId} and {@code recipientEmail}. */
public record TransferRequest(
    @NotNull String sourceWalletId,
    String destinationWalletId,
    @Email @Size(max = 320) @Schema(examples = "bob@example.com") String recipientEmail,
    @JsonbTypeDeserializer(MinorUnits.class)
        @NotNull
        @Positive
        @Schema(examples = "2500", description = "minor units")
        Long amount,
    @NotNull @Schema(examples = "USD") String currency,
    @Size(max = 500) String description,
    @Size(max = 64) String category) {}

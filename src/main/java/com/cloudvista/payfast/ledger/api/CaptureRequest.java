package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.platform.json.MinorUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Omit {@code amount} to capture the whole hold; a smaller amount releases the rest. */
public record CaptureRequest(
    @JsonbTypeDeserializer(MinorUnits.class)
        @Positive
        @Schema(description = "minor units, at most the held amount")
        Long amount) {}

package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.platform.json.MinorUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file the caller is about to upload: what for, its type and its exact size in bytes. */
public record UploadRequest(
    @NotNull
        @Schema(
            enumeration = {"receipt", "import"},
            examples = "receipt")
        String purpose,
    @NotNull
        @Size(min = 1, max = 100)
        @Schema(
            examples = "image/jpeg",
            description =
                "receipt: image/jpeg, image/png, image/heic, application/pdf; import: text/csv,"
                    + " application/x-ofx and other text types")
        String contentType,
    @NotNull
        @Positive
        @JsonbTypeDeserializer(MinorUnits.class)
        @Schema(
            examples = "48213",
            description = "bytes; receipts up to 10 MiB, imports up to 20 MiB")
        Long size) {}

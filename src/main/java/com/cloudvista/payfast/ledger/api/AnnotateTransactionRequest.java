package com.cloudvista.payfast.ledger.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Annotations of the caller's side of a transaction; absent fields stay as they are. */
public record AnnotateTransactionRequest(
    @Size(min = 1, max = 64) String category,
    @Size(max = 1000) String note,
    @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags,
    @Size(min = 1, max = 64)
        @Schema(description = "id of an uploaded receipt (POST /uploads, purpose receipt)")
        String receiptUploadId) {}

package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.platform.json.MinorUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A manual expense; on POST {@code amount}, {@code currency} and {@code spentAt} are required, on
 * PATCH every field is optional (absent stays) and {@code currency} cannot change.
 */
public record ExpenseRequest(
    @JsonbTypeDeserializer(MinorUnits.class)
        @Positive
        @Schema(examples = "1250", description = "minor units")
        Long amount,
    @Schema(examples = "USD") String currency,
    @Size(min = 1, max = 64)
        @Schema(examples = "dining", description = "absent: the first matching rule's, else other")
        String category,
    @Size(max = 200)
        @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE)
        @Schema(examples = "Corner Cafe")
        String merchant,
    @Size(max = 1000) @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE)
        String note,
    @Size(max = 20)
        List<
                @NotBlank @Size(max = 40)
                @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE) String>
            tags,
    @Schema(examples = "2026-11-21T10:15:30Z", description = "RFC 3339") String spentAt,
    @Size(min = 1, max = 64)
        @Schema(description = "id of an uploaded receipt (POST /uploads, purpose receipt)")
        String receiptUploadId) {}

package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.domain.RuleMatch;
import com.cloudvista.payfast.platform.json.MinorUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule (on POST: name, match and category required; on PATCH: absent parts stay). */
public record RuleRequest(
    @Size(min = 1, max = 100)
        @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE)
        @Schema(examples = "Coffee shops")
        String name,
    @Valid Match match,
    @Size(min = 1, max = 64) @Schema(examples = "dining") String category,
    @Min(0) @Max(1_000_000) @Schema(defaultValue = "100", description = "lower runs first")
        Integer priority) {

  /** The conditions; a line must meet all that are given (text matches ignore case). */
  @Schema(name = "RuleMatchRequest")
  public record Match(
      @Size(min = 1, max = 200)
          @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE)
          String merchantContains,
      @Size(min = 1, max = 200)
          @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE)
          String descriptionContains,
      @JsonbTypeDeserializer(MinorUnits.class) @Positive Long minAmount,
      @JsonbTypeDeserializer(MinorUnits.class) @Positive Long maxAmount) {

    RuleMatch toDomain() {
      return new RuleMatch(merchantContains, descriptionContains, minAmount, maxAmount);
    }
  }
}

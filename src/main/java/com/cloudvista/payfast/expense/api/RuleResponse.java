package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.domain.Rule;
import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A categorisation rule. */
@JsonbPropertyOrder({"id", "name", "match", "category", "priority", "createdAt"})
public record RuleResponse(
    String id, String name, Match match, String category, int priority, Instant createdAt) {

  /** The rule's conditions; absent ones are null. */
  @JsonbNillable
  @JsonbPropertyOrder({"merchantContains", "descriptionContains", "minAmount", "maxAmount"})
  @Schema(name = "RuleMatch")
  public record Match(
      @Nullable String merchantContains,
      @Nullable String descriptionContains,
      @Nullable Long minAmount,
      @Nullable Long maxAmount) {}

  static RuleResponse of(Rule rule) {
    var m = rule.match();
    return new RuleResponse(
        rule.id(),
        rule.name(),
        new Match(m.merchantContains(), m.descriptionContains(), m.minAmount(), m.maxAmount()),
        rule.category(),
        rule.priority(),
        rule.createdAt().toInstant());
  }

  /** The list of GET /rules, in the order they are tried. */
  @Schema(name = "RuleList")
  public record ListResponse(List<RuleResponse> data) {}
}

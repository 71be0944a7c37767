package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.domain.SpendingLine;
import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line behind a spending figure: a transaction ({@code GET /api/v1/transactions/{id}}) or a
 * manual expense ({@code GET /api/v1/expenses/{id}}).
 */
@JsonbNillable
@JsonbPropertyOrder({
  "kind",
  "id",
  "amount",
  "currency",
  "category",
  "merchant",
  "description",
  "occurredAt"
})
public record SpendingLineResponse(
    @Schema(enumeration = {"TRANSACTION", "EXPENSE"}) String kind,
    String id,
    long amount,
    String currency,
    String category,
    @Nullable String merchant,
    @Nullable String description,
    Instant occurredAt) {

  static SpendingLineResponse of(SpendingLine line) {
    return new SpendingLineResponse(
        line.kind().name(),
        line.id(),
        line.amount(),
        line.currency(),
        line.category(),
        line.merchant(),
        line.description(),
        line.occurredAt());
  }

  /** A page of lines, newest first. */
  @JsonbNillable
  @Schema(name = "SpendingLinePage")
  public record PageResponse(List<SpendingLineResponse> data, @Nullable String nextCursor) {}
}

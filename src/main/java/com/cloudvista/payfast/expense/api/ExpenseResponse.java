package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.domain.Expense;
import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manual expense; {@code receiptUrl} is a presigned GET (15 min) once a receipt is attached. */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "amount",
  "currency",
  "category",
  "merchant",
  "note",
  "tags",
  "spentAt",
  "receiptUrl",
  "createdAt"
})
public record ExpenseResponse(
    String id,
    long amount,
    String currency,
    String category,
    @Nullable String merchant,
    @Nullable String note,
    List<String> tags,
    Instant spentAt,
    @Nullable String receiptUrl,
    Instant createdAt) {

  static ExpenseResponse of(Expense expense, String receiptUrl) {
    return new ExpenseResponse(
        expense.id(),
        expense.amount(),
        expense.currency(),
        expense.category(),
        expense.merchant(),
        expense.note(),
        expense.tags(),
        expense.spentAt(),
        receiptUrl,
        expense.createdAt());
  }

  /**
   * A page of expenses, newest first; pass {@code nextCursor} as {@code cursor} for the next one.
   */
  @JsonbNillable
  @Schema(name = "ExpensePage")
  public record PageResponse(List<ExpenseResponse> data, @Nullable String nextCursor) {}
}

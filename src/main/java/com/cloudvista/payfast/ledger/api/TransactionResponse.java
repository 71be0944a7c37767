package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.application.LedgerQueries;
import com.cloudvista.payfast.ledger.domain.LedgerTransaction;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A transaction as the caller sees it; {@code category}, {@code note} and {@code tags} are the
 * caller's own annotations (sender and receiver categorise independently).
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id", "type", "status", "amount", "currency", "sourceWalletId", "destinationWalletId", "merchant", "description",
  "category", "createdAt", "reversalOf", "reversedBy", "note", "tags"
})
public record TransactionResponse(
    String id,
    String type,
    String status,
    long amount,
    String currency,
    String sourceWalletId,
    String destinationWalletId,
    String merchant,
    String description,
    String category,
    Instant createdAt,
    String reversalOf,
    String reversedBy,
    String note,
    List<String> tags) {

  /** The initiator's view right after a money movement: the category they sent. */
  static TransactionResponse of(LedgerTransaction tx) {
    return of(tx, tx.category(), null, List.of());
  }

  static TransactionResponse of(LedgerQueries.TransactionView view) {
    return of(view.transaction(), view.category(), view.note(), view.tags());
  }

  private static TransactionResponse of(LedgerTransaction tx, String category, String note, List<String> tags) {
    return new TransactionResponse(
        tx.id().toString(),
        tx.type().name(),
        tx.status().name(),
        tx.amount().amount(),
        tx.amount().currencyCode(),
        Objects.toString(tx.source(), null),
        Objects.toString(tx.destination(), null),
        tx.merchant(),
        tx.description(),
        category,
        tx.createdAt(),
        Objects.toString(tx.reversalOf(), null),
        Objects.toString(tx.reversedBy(), null),
        note,
        tags);
  }
}

package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.application.LedgerQueries;
import com.cloudvista.payfast.ledger.domain.LedgerTransaction;
import com.cloudvista.payfast.ledger.domain.TransactionStatus;
import com.cloudvista.payfast.ledger.domain.TransactionType;
import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A transaction as the caller sees it; {@code category}, {@code note} and {@code tags} are the
 * caller's own annotations (sender and receiver categorise independently).
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "type",
  "status",
  "amount",
  "currency",
  "sourceWalletId",
  "destinationWalletId",
  "merchant",
  "description",
  "category",
  "createdAt",
  "reversalOf",
  "reversedBy",
  "note",
  "tags",
  "receiptUrl"
})
public record TransactionResponse(
    String id,
    @Schema(implementation = TransactionType.class) String type,
    @Schema(implementation = TransactionStatus.class) String status,
    long amount,
    String currency,
    @Nullable String sourceWalletId,
    @Nullable String destinationWalletId,
    @Nullable String merchant,
    @Nullable String description,
    @Nullable String category,
    Instant createdAt,
    @Nullable String reversalOf,
    @Nullable String reversedBy,
    @Nullable String note,
    List<String> tags,
    @Schema(description = "presigned GET of the caller's receipt (15 min), when one is attached")
        @Nullable
        String receiptUrl) {

  /** The initiator's view right after a money movement: the category they sent. */
  static TransactionResponse of(LedgerTransaction tx) {
    return of(tx, tx.category(), null, List.of(), null);
  }

  static TransactionResponse of(LedgerQueries.TransactionView view, String receiptUrl) {
    return of(view.transaction(), view.category(), view.note(), view.tags(), receiptUrl);
  }

  private static TransactionResponse of(
      LedgerTransaction tx, String category, String note, List<String> tags, String receiptUrl) {
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
        tags,
        receiptUrl);
  }
}

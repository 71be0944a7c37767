package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.application.LedgerQueries;
import com.cloudvista.payfast.ledger.domain.TransactionType;
import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a wallet's statement: {@code amount} signed from this wallet's view. */
@JsonbNillable
@JsonbPropertyOrder({
  "transactionId",
  "type",
  "amount",
  "balanceAfter",
  "currency",
  "description",
  "category",
  "counterparty",
  "createdAt"
})
public record StatementLineResponse(
    String transactionId,
    @Schema(implementation = TransactionType.class) String type,
    long amount,
    long balanceAfter,
    String currency,
    @Nullable String description,
    @Nullable String category,
    @Nullable String counterparty,
    Instant createdAt) {

  static StatementLineResponse of(LedgerQueries.StatementLine line) {
    return new StatementLineResponse(
        line.transactionId().toString(),
        line.type().name(),
        line.amount().amount(),
        line.balanceAfter(),
        line.amount().currencyCode(),
        line.description(),
        line.category(),
        line.counterparty(),
        line.createdAt());
  }
}

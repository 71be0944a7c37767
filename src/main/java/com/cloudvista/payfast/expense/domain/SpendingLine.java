package com.cloudvista.payfast.expense.domain;

import java.time.Instant;

/** One line of spending: a ledger transaction on the owner's side, or a manual expense. */
public record SpendingLine(
    Kind kind,
    String id,
    long amount,
    String currency,
    String category,
    String merchant,
    String description,
    Instant occurredAt) {

  /** Where the line comes from. */
  public enum Kind {
    TRANSACTION,
    EXPENSE
  }
}

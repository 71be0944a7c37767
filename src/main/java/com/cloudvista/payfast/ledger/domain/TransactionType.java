package com.cloudvista.payfast.ledger.domain;

/** What a ledger transaction does; the contract's {@code type}. */
public enum TransactionType {
  DEPOSIT,
  WITHDRAWAL,
  TRANSFER,
  PAYMENT,
  REVERSAL;

  /** Whether the source wallet's outgoing total for the day grows by this transaction. */
  public boolean countsAsOutgoing() {
    return this == WITHDRAWAL || this == TRANSFER || this == PAYMENT;
  }
}

package com.cloudvista.payfast.ledger.domain;

/**
 * COMPLETED has balanced entries; PENDING is an open hold (no entries yet); VOIDED never moved
 * money.
 */
public enum TransactionStatus {
  COMPLETED,
  PENDING,
  VOIDED
}

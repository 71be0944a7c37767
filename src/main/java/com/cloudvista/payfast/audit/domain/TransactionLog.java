package com.cloudvista.payfast.audit.domain;

/**
 * Where the ledger records each transaction it commits. {@link #append} must run inside the
 * database transaction that writes the ledger entries: the record then exists exactly when the
 * transaction does (it commits and rolls back with it), and shipping it to S3 happens later,
 * outside that transaction, so S3 can never block or fail a transfer.
 */
public interface TransactionLog {

  /**
   * Adds the record to the outbox in the caller's database transaction.
   *
   * @throws IllegalStateException when the transaction id was already logged (a ledger bug: the
   *     caller's transaction should roll back)
   */
  void append(TransactionLogRecord record);
}

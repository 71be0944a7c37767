package com.cloudvista.payfast.ledger.application;

/**
 * Called inside the ledger transaction, after its entries are written and before commit: whatever a
 * journal writes (e.g. the audit outbox row) commits or rolls back with the money movement. Every
 * CDI bean implementing it is called; there may be none.
 */
public interface LedgerJournal {

  void record(LedgerTransactionCommitted transaction);
}

package com.cloudvista.payfast.ledger.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The ledger transactions and their entries. */
public interface Transactions {

  /**
   * Records a new transaction, posts its entries (which move the wallets' balances) and makes it
   * visible to its parties; {@code initiator} gets {@code category} as their own annotation.
   */
  LedgerTransaction add(
      LedgerTransaction transaction, Collection<String> parties, String initiator);

  Optional<LedgerTransaction> find(TransactionId id);

  /** Finds and row-locks the transaction (serialises captures, voids and reversals of it). */
  Optional<LedgerTransaction> lock(TransactionId id);

  /** Writes status and amount, and posts entries not yet posted (a capture). */
  LedgerTransaction update(LedgerTransaction transaction, List<Posting> newPostings);

  /** The owners who see the transaction. */
  List<String> parties(TransactionId id);
}

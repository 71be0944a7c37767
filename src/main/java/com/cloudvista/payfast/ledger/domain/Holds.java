package com.cloudvista.payfast.ledger.domain;

import java.time.Instant;
import java.util.Optional;

/** Holds of pending payments. */
public interface Holds {

  void add(Hold hold);

  /** Finds and row-locks the hold of that transaction. */
  Optional<Hold> lock(TransactionId transaction);

  void store(Hold hold);

  /**
   * Locks one open hold that expired before {@code now}, skipping holds another instance has locked
   * (so several instances sweep without blocking or double-processing).
   */
  Optional<Hold> lockNextExpired(Instant now);
}

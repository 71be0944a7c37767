package com.cloudvista.payfast.ledger.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Fired (CDI) for every ledger transaction written, created or changed (capture, void, expiry).
 * Observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only once it is
 * committed (metrics); cache invalidation observes it inside the transaction and leaves its entries
 * to {@code ReadCache.invalidateAfterCommit}, so that all of them go to Redis in one round trip
 * after the commit; work that must commit with it belongs in a {@link LedgerJournal}.
 */
public record LedgerTransactionCommitted(
    String transactionId,
    String type,
    String status,
    long amount,
    String currency,
    Set<String> walletIds,
    Set<String> ownerIds,
    List<Entry> entries,
    String actor,
    String requestId,
    Instant createdAt) {

  /** One posted entry: a wallet id or a system account name, and the signed amount. */
  public record Entry(String walletId, String account, long amount) {}
}

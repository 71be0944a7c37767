package com.cloudvista.payfast.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One committed state of a ledger transaction as the transaction log stores it: one JSON Lines
 * record per transaction and status (a hold logs PENDING, then COMPLETED when captured or VOIDED).
 * Invariant: it has an id, a type, a status, a positive amount in an ISO 4217 currency, the time it
 * was created, and, when money moved (COMPLETED), at least two ledger entries (double entry);
 * {@code actor} and {@code requestId} are absent for work the system does on its own (e.g. a hold
 * expiring).
 */
public record TransactionLogRecord(
    String transactionId,
    String type,
    long amount,
    String currency,
    List<Entry> entries,
    String actor,
    String requestId,
    Instant createdAt,
    String status) {

  public static final String COMPLETED = "COMPLETED";
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  public TransactionLogRecord {
    requireText(transactionId, "transactionId");
    requireText(type, "type");
    requireText(status, "status");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(createdAt, "createdAt");
    if (amount <= 0) {
      throw new IllegalArgumentException("amount must be > 0 minor units, was " + amount);
    }
    if (!CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException("currency must be ISO 4217 upper case, was " + currency);
    }
    if (COMPLETED.equals(status) && entries.size() < 2) {
      throw new IllegalArgumentException("a transaction has at least two ledger entries");
    }
    entries = List.copyOf(entries);
  }

  /** A completed transaction (money moved). */
  public TransactionLogRecord(
      String transactionId,
      String type,
      long amount,
      String currency,
      List<Entry> entries,
      String actor,
      String requestId,
      Instant createdAt) {
    this(transactionId, type, amount, currency, entries, actor, requestId, createdAt, COMPLETED);
  }

  /**
   * One ledger entry: a signed amount in minor units against either a user's wallet or an internal
   * system account (funding, payouts, merchant settlement), never both.
   */
  public record Entry(String walletId, String account, long amount) {

    public Entry {
      if ((walletId == null) == (account == null)) {
        throw new IllegalArgumentException("an entry names exactly one of walletId or account");
      }
      requireText(walletId == null ? account : walletId, walletId == null ? "account" : "walletId");
    }

    public static Entry wallet(String walletId, long amount) {
      return new Entry(walletId, null, amount);
    }

    public static Entry account(String account, long amount) {
      return new Entry(null, account, amount);
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}

package com.cloudvista.payfast.ledger.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * A user's wallet: one currency, a ledger balance and the part of it reserved by open holds.
 *
 * <p>Invariant: {@code 0 <= held <= balance}, so neither the balance nor the available balance
 * ({@code balance - held}) is ever negative; only ACTIVE wallets send or receive. Behaviour methods
 * check the rules on the state read under the wallet's row lock and refuse with the contract's
 * codes; the database enforces the same invariant with CHECK constraints as the last line.
 */
public final class Wallet {

  private final WalletId id;
  private final String ownerId;
  private final Currency currency;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final long version;
  private String name;
  private WalletStatus status;
  private long balance;
  private long held;

  public Wallet(
      WalletId id,
      String ownerId,
      String name,
      Currency currency,
      WalletStatus status,
      long balance,
      long held,
      long version,
      Instant createdAt,
      Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    this.name = name;
    this.currency = Objects.requireNonNull(currency, "currency");
    this.status = Objects.requireNonNull(status, "status");
    if (balance < 0 || held < 0 || held > balance) {
      throw new IllegalArgumentException("wallet " + id + " violates 0 <= held <= balance");
    }
    this.balance = balance;
    this.held = held;
    this.version = version;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
  }

  /** A new, empty, active wallet. */
  public static Wallet open(String ownerId, Currency currency, String name) {
    return new Wallet(
        WalletId.generate(), ownerId, name, currency, WalletStatus.ACTIVE, 0, 0, 0, null, null);
  }

  /**
   * Money leaves the wallet now: it must be operational and the available balance must cover it.
   */
  public void debit(Money amount) {
    requireOperational();
    requireCoveredByAvailable(amount);
    balance -= amount.amount();
  }

  /** Money arrives: the wallet must be operational; the sum must not overflow. */
  public void credit(Money amount) {
    requireOperational();
    requireCurrency(amount);
    requirePositive(amount);
    balance = Math.addExact(balance, amount.amount());
  }

  /** Reserves part of the available balance for a later capture. */
  public void placeHold(Money amount) {
    requireOperational();
    requireCoveredByAvailable(amount);
    held += amount.amount();
  }

  /** Gives a reservation back (void, expiry, the uncaptured rest); allowed in any status. */
  public void releaseHold(Money amount) {
    requireCurrency(amount);
    requirePositive(amount);
    if (amount.amount() > held) {
      throw new IllegalStateException(
          "releasing " + amount + " but only " + held + " is held in " + id);
    }
    held -= amount.amount();
  }

  /**
   * Turns a reservation into a payment of {@code captured} (at most the reservation), freeing the
   * rest.
   */
  public void captureHold(Money reserved, Money captured) {
    requireOperational();
    requireCurrency(captured);
    if (captured.isGreaterThan(reserved) || !captured.isPositive()) {
      throw new IllegalArgumentException("capture must be in (0, reserved]");
    }
    releaseHold(reserved);
    balance -= captured.amount();
  }

  /**
   * A reversal takes money back from this wallet. Admins may reverse into and out of frozen wallets
   * (freezing is often why a reversal is needed); closed wallets are final.
   */
  public void debitForReversal(Money amount) {
    requireNotClosed();
    requireCoveredByAvailable(amount);
    balance -= amount.amount();
  }

  public void creditForReversal(Money amount) {
    requireNotClosed();
    requireCurrency(amount);
    requirePositive(amount);
    balance = Math.addExact(balance, amount.amount());
  }

  public void freeze() {
    requireNotClosed();
    status = WalletStatus.FROZEN;
  }

  public void unfreeze() {
    requireNotClosed();
    status = WalletStatus.ACTIVE;
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public void requireOperational() {
    requireNotClosed();
    if (status == WalletStatus.FROZEN) {
      throw new WalletFrozenException("Wallet " + id + " is frozen.");
    }
  }

  private void requireNotClosed() {
    if (status == WalletStatus.CLOSED) {
      throw new WalletClosedException("Wallet " + id + " is closed.");
    }
  }

  public void requireCurrency(Money amount) {
    if (!currency.equals(amount.currency())) {
      throw new CurrencyMismatchException(currency, amount.currency());
    }
  }

  private void requireCoveredByAvailable(Money amount) {
    requireCurrency(amount);
    requirePositive(amount);
    if (amount.amount() > balance - held) {
      throw new InsufficientFundsException(
          "The available balance of wallet " + id + " does not cover " + amount + ".");
    }
  }

  private static void requirePositive(Money amount) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount must be positive: " + amount);
    }
  }

  public boolean isOwnedBy(String userId) {
    return ownerId.equals(userId);
  }

  public Money balance() {
    return Money.of(balance, currency);
  }

  public Money held() {
    return Money.of(held, currency);
  }

  public Money available() {
    return Money.of(balance - held, currency);
  }

  public WalletId id() {
    return id;
  }

  public String ownerId() {
    return ownerId;
  }

  public String name() {
    return name;
  }

  public Currency currency() {
    return currency;
  }

  public WalletStatus status() {
    return status;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}

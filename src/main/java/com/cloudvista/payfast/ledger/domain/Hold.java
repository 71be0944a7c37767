package com.cloudvista.payfast.ledger.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The reservation behind a PENDING payment. Invariant: it leaves OPEN exactly once — captured (for
 * at most its amount, before it expires), voided, or expired.
 */
public final class Hold {

  public enum Status {
    OPEN,
    CAPTURED,
    VOIDED,
    EXPIRED
  }

  private final TransactionId transactionId;
  private final WalletId walletId;
  private final Money amount;
  private final LocalDate day;
  private final Instant expiresAt;
  private Money captured;
  private Status status;

  public Hold(
      TransactionId transactionId,
      WalletId walletId,
      Money amount,
      Money captured,
      Status status,
      LocalDate day,
      Instant expiresAt) {
    this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
    this.walletId = Objects.requireNonNull(walletId, "walletId");
    this.amount = Objects.requireNonNull(amount, "amount").requirePositive();
    this.captured = captured;
    this.status = Objects.requireNonNull(status, "status");
    this.day = Objects.requireNonNull(day, "day");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public static Hold place(
      TransactionId transaction, WalletId wallet, Money amount, LocalDate day, Instant expiresAt) {
    return new Hold(transaction, wallet, amount, null, Status.OPEN, day, expiresAt);
  }

  /** Validates and records a capture; {@code requested} null means the whole amount. */
  public Money capture(Money requested, Instant now) {
    if (status == Status.EXPIRED || (status == Status.OPEN && isExpiredAt(now))) {
      throw new HoldExpiredException(
          "The hold of transaction " + transactionId + " expired at " + expiresAt + ".");
    }
    requireOpen("captured");
    Money capture = requested == null ? amount : requested;
    amount.requireSameCurrency(capture);
    if (!capture.isPositive()) {
      throw new IllegalArgumentException("capture amount must be positive");
    }
    if (capture.isGreaterThan(amount)) {
      throw new StateConflictException(
          "Cannot capture " + capture + ": only " + amount + " is held.");
    }
    captured = capture;
    status = Status.CAPTURED;
    return capture;
  }

  public void voidHold() {
    requireOpen("voided");
    status = Status.VOIDED;
  }

  public void expire(Instant now) {
    requireOpen("expired");
    if (!isExpiredAt(now)) {
      throw new IllegalStateException("hold " + transactionId + " has not expired");
    }
    status = Status.EXPIRED;
  }

  private void requireOpen(String what) {
    if (status != Status.OPEN) {
      throw new StateConflictException(
          "The hold of transaction "
              + transactionId
              + " is "
              + status
              + " and cannot be "
              + what
              + ".");
    }
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** The part of the reservation that is released: all of it unless captured. */
  public Money released() {
    return captured == null ? amount : amount.minus(captured);
  }

  public TransactionId transactionId() {
    return transactionId;
  }

  public WalletId walletId() {
    return walletId;
  }

  public Money amount() {
    return amount;
  }

  public Money captured() {
    return captured;
  }

  public Status status() {
    return status;
  }

  public LocalDate day() {
    return day;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}

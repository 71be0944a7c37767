package com.cloudvista.payfast.ledger.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A ledger transaction and the entries it posts.
 *
 * <p>Invariant: the postings are all in the transaction's currency and sum to zero (double entry);
 * a COMPLETED transaction has postings, PENDING and VOIDED ones have none. The factories below are
 * the only ways to build new ones, so the invariant holds by construction; the database checks it
 * again at commit.
 */
public final class LedgerTransaction {

  private final TransactionId id;
  private final TransactionType type;
  private TransactionStatus status;
  private Money amount;
  private final WalletId source;
  private final WalletId destination;
  private final String merchant;
  private final String description;
  private final String category;
  private final String reference;
  private final TransactionId reversalOf;
  private final TransactionId reversedBy;
  private final String createdBy;
  private final Instant createdAt;
  private final List<Posting> postings;

  public LedgerTransaction(
      TransactionId id,
      TransactionType type,
      TransactionStatus status,
      Money amount,
      WalletId source,
      WalletId destination,
      String merchant,
      String description,
      String category,
      String reference,
      TransactionId reversalOf,
      TransactionId reversedBy,
      String createdBy,
      Instant createdAt,
      List<Posting> postings) {
    this.id = Objects.requireNonNull(id, "id");
    this.type = Objects.requireNonNull(type, "type");
    this.status = Objects.requireNonNull(status, "status");
    this.amount = Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a transaction moves a positive amount");
    }
    if (source != null && source.equals(destination)) {
      throw new SameWalletException("Source and destination must be different wallets.");
    }
    this.source = source;
    this.destination = destination;
    this.merchant = merchant;
    this.description = description;
    this.category = category;
    this.reference = reference;
    this.reversalOf = reversalOf;
    this.reversedBy = reversedBy;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = createdAt;
    this.postings = new ArrayList<>(Objects.requireNonNull(postings, "postings"));
    requireBalanced(this.postings, amount.currency());
  }

  /** Throws unless every posting is in the currency and together they sum to zero. */
  static void requireBalanced(List<Posting> postings, Currency currency) {
    Money sum = Money.zero(currency);
    for (Posting posting : postings) {
      sum = sum.plus(posting.amount());
    }
    if (!sum.isZero()) {
      throw new IllegalStateException("postings sum to " + sum + " instead of zero");
    }
  }

  public static LedgerTransaction deposit(
      WalletId wallet, Money amount, String reference, String createdBy) {
    return completed(
        TransactionType.DEPOSIT,
        amount,
        null,
        wallet,
        null,
        null,
        null,
        reference,
        null,
        createdBy,
        List.of(
            Posting.system(SystemAccount.FUNDING, amount.negate()),
            Posting.wallet(wallet, amount)));
  }

  public static LedgerTransaction withdrawal(
      WalletId wallet, Money amount, String reference, String createdBy) {
    return completed(
        TransactionType.WITHDRAWAL,
        amount,
        wallet,
        null,
        null,
        null,
        null,
        reference,
        null,
        createdBy,
        List.of(
            Posting.wallet(wallet, amount.negate()),
            Posting.system(SystemAccount.PAYOUTS, amount)));
  }

  public static LedgerTransaction transfer(
      WalletId source,
      WalletId destination,
      Money amount,
      String description,
      String category,
      String createdBy) {
    if (source.equals(destination)) {
      throw new SameWalletException("Source and destination must be different wallets.");
    }
    return completed(
        TransactionType.TRANSFER,
        amount,
        source,
        destination,
        null,
        description,
        category,
        null,
        null,
        createdBy,
        List.of(Posting.wallet(source, amount.negate()), Posting.wallet(destination, amount)));
  }

  public static LedgerTransaction payment(
      WalletId source,
      String merchant,
      Money amount,
      String description,
      String category,
      String createdBy) {
    return completed(
        TransactionType.PAYMENT,
        amount,
        source,
        null,
        merchant,
        description,
        category,
        null,
        null,
        createdBy,
        paymentPostings(source, amount));
  }

  /**
   * A payment that only reserves the amount (capture:false): PENDING, no entries until captured.
   */
  public static LedgerTransaction authorization(
      WalletId source,
      String merchant,
      Money amount,
      String description,
      String category,
      String createdBy) {
    return new LedgerTransaction(
        TransactionId.generate(),
        TransactionType.PAYMENT,
        TransactionStatus.PENDING,
        amount,
        source,
        null,
        merchant,
        description,
        category,
        null,
        null,
        null,
        createdBy,
        null,
        List.of());
  }

  /** The mirror image of {@code original}: every entry negated, at most once per original. */
  public static LedgerTransaction reversal(
      LedgerTransaction original, String reason, String createdBy) {
    if (original.type == TransactionType.REVERSAL) {
      throw new StateConflictException("A reversal cannot itself be reversed.");
    }
    if (original.status != TransactionStatus.COMPLETED) {
      throw new StateConflictException("Only completed transactions can be reversed.");
    }
    if (original.reversedBy != null) {
      throw new AlreadyReversedException("Transaction " + original.id + " was already reversed.");
    }
    List<Posting> mirrored =
        original.postings.stream().map(p -> new Posting(p.account(), p.amount().negate())).toList();
    return completed(
        TransactionType.REVERSAL,
        original.amount,
        original.destination,
        original.source,
        original.merchant,
        reason,
        null,
        null,
        original.id,
        createdBy,
        mirrored);
  }

  /**
   * Completes an authorization with {@code captured} (≤ the reserved amount): it posts the entries.
   */
  public void capture(Money captured) {
    if (status != TransactionStatus.PENDING) {
      throw new StateConflictException("Only a pending payment can be captured.");
    }
    List<Posting> entries = paymentPostings(source, captured);
    requireBalanced(entries, amount.currency());
    postings.addAll(entries);
    amount = captured;
    status = TransactionStatus.COMPLETED;
  }

  public void voidAuthorization() {
    if (status != TransactionStatus.PENDING) {
      throw new StateConflictException("Only a pending payment can be voided.");
    }
    status = TransactionStatus.VOIDED;
  }

  private static List<Posting> paymentPostings(WalletId source, Money amount) {
    return List.of(
        Posting.wallet(source, amount.negate()),
        Posting.system(SystemAccount.MERCHANT_SETTLEMENT, amount));
  }

  private static LedgerTransaction completed(
      TransactionType type,
      Money amount,
      WalletId source,
      WalletId destination,
      String merchant,
      String description,
      String category,
      String reference,
      TransactionId reversalOf,
      String createdBy,
      List<Posting> postings) {
    return new LedgerTransaction(
        TransactionId.generate(),
        type,
        TransactionStatus.COMPLETED,
        amount,
        source,
        destination,
        merchant,
        description,
        category,
        reference,
        reversalOf,
        null,
        createdBy,
        null,
        postings);
  }

  public TransactionId id() {
    return id;
  }

  public TransactionType type() {
    return type;
  }

  public TransactionStatus status() {
    return status;
  }

  public Money amount() {
    return amount;
  }

  public WalletId source() {
    return source;
  }

  public WalletId destination() {
    return destination;
  }

  public String merchant() {
    return merchant;
  }

  public String description() {
    return description;
  }

  public String category() {
    return category;
  }

  public String reference() {
    return reference;
  }

  public TransactionId reversalOf() {
    return reversalOf;
  }

  public TransactionId reversedBy() {
    return reversedBy;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<Posting> postings() {
    return List.copyOf(postings);
  }
}

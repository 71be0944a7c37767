package com.cloudvista.payfast.expense.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A manual expense (cash, a card elsewhere): spending of its owner that never touches a wallet or
 * the ledger. Invariant: the amount is positive and always in minor units of its currency, and it
 * always has a category (rules or {@code other} fill one in when the caller gives none).
 */
@Entity
@Table(name = "expense")
public class Expense {

  @Id private String id;

  @Column(name = "owner_id", nullable = false)
  private String ownerId;

  @Column(nullable = false)
  private long amount;

  @Column(nullable = false)
  private String currency;

  @Column(nullable = false)
  private String category;

  private String merchant;

  private String note;

  @Column(name = "spent_at", nullable = false)
  private OffsetDateTime spentAt;

  @Column(name = "receipt_upload_id")
  private String receiptUploadId;

  @Column(name = "import_key")
  private String importKey;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "expense_tag", joinColumns = @JoinColumn(name = "expense_id"))
  @Column(name = "tag")
  private Set<String> tags = new LinkedHashSet<>();

  protected Expense() {}

  public Expense(
      String ownerId,
      long amount,
      String currency,
      String category,
      String merchant,
      String note,
      List<String> tags,
      Instant spentAt) {
    this.id = UUID.randomUUID().toString();
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    this.currency = Objects.requireNonNull(currency, "currency");
    setAmount(amount);
    this.category = Objects.requireNonNull(category, "category");
    this.merchant = merchant;
    this.note = note;
    setTags(tags);
    this.spentAt =
        Objects.requireNonNull(spentAt, "spentAt")
            .truncatedTo(ChronoUnit.MICROS)
            .atOffset(ZoneOffset.UTC);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    this.updatedAt = createdAt;
  }

  /**
   * A line of a bank file: unique for its owner by {@code importKey}, however often it is imported.
   */
  public static Expense imported(
      String ownerId,
      long amount,
      String currency,
      String category,
      String merchant,
      String note,
      Instant spentAt,
      String importKey) {
    Expense expense =
        new Expense(ownerId, amount, currency, category, merchant, note, List.of(), spentAt);
    expense.importKey = Objects.requireNonNull(importKey, "importKey");
    return expense;
  }

  /** Changes what is given; absent (null) parts stay. */
  public void change(
      Long newAmount,
      String newCategory,
      String newMerchant,
      String newNote,
      List<String> newTags,
      Instant newSpentAt) {
    if (newAmount != null) {
      setAmount(newAmount);
    }
    if (newCategory != null) {
      category = newCategory;
    }
    if (newMerchant != null) {
      merchant = newMerchant;
    }
    if (newNote != null) {
      note = newNote;
    }
    if (newTags != null) {
      setTags(newTags);
    }
    if (newSpentAt != null) {
      spentAt = newSpentAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public void attachReceipt(String uploadId) {
    receiptUploadId = Objects.requireNonNull(uploadId, "uploadId");
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  private void setAmount(long value) {
    if (value <= 0) {
      throw new IllegalArgumentException("amount must be positive");
    }
    amount = value;
  }

  private void setTags(List<String> values) {
    tags.clear();
    if (values != null) {
      tags.addAll(values);
    }
  }

  public String id() {
    return id;
  }

  public String ownerId() {
    return ownerId;
  }

  public long amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public String category() {
    return category;
  }

  public String merchant() {
    return merchant;
  }

  public String note() {
    return note;
  }

  public List<String> tags() {
    return List.copyOf(tags);
  }

  public Instant spentAt() {
    return spentAt.toInstant();
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public String importKey() {
    return importKey;
  }

  public OffsetDateTime spentAtUtc() {
    return spentAt;
  }

  public String receiptUploadId() {
    return receiptUploadId;
  }
}

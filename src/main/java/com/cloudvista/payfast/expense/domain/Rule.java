package com.cloudvista.payfast.expense.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An auto-categorisation rule: a line without a category that matches every condition given
 * (case-insensitive text containment, inclusive amount bounds) gets the rule's category. Among
 * several matching rules the lowest priority number wins, then the oldest rule.
 */
@Entity
@Table(name = "category_rule")
public class Rule {

  public static final int DEFAULT_PRIORITY = 100;

  /** Lowest priority number first, then the oldest rule. */
  public static final Comparator<Rule> ORDER =
      Comparator.comparingInt(Rule::priority)
          .thenComparing(Rule::createdAt)
          .thenComparing(Rule::id);

  @Id private String id;

  @Column(name = "owner_id", nullable = false)
  private String ownerId;

  @Column(nullable = false)
  private String name;

  @Column(name = "merchant_contains")
  private String merchantContains;

  @Column(name = "description_contains")
  private String descriptionContains;

  @Column(name = "min_amount")
  private Long minAmount;

  @Column(name = "max_amount")
  private Long maxAmount;

  @Column(nullable = false)
  private String category;

  @Column(nullable = false)
  private int priority;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Rule() {}

  public Rule(String ownerId, String name, RuleMatch match, String category, Integer priority) {
    this.id = UUID.randomUUID().toString();
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    change(
        Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(match, "match"),
        Objects.requireNonNull(category, "category"),
        priority == null ? DEFAULT_PRIORITY : priority);
  }

  /** Replaces what is given; absent (null) parts stay. */
  public void change(String newName, RuleMatch newMatch, String newCategory, Integer newPriority) {
    if (newName != null) {
      name = newName;
    }
    if (newMatch != null) {
      newMatch.requireSomeCondition();
      merchantContains = newMatch.merchantContains();
      descriptionContains = newMatch.descriptionContains();
      minAmount = newMatch.minAmount();
      maxAmount = newMatch.maxAmount();
    }
    if (newCategory != null) {
      category = newCategory;
    }
    if (newPriority != null) {
      priority = newPriority;
    }
  }

  /** The category the first matching rule (in {@link #ORDER}) gives a line, if any. */
  public static Optional<String> firstMatch(
      List<Rule> rules, String merchant, String description, long amount) {
    return rules.stream()
        .sorted(ORDER)
        .filter(r -> r.matches(merchant, description, amount))
        .map(Rule::category)
        .findFirst();
  }

  /** True when the line meets every condition of this rule. */
  public boolean matches(String merchant, String description, long amount) {
    return contains(merchant, merchantContains)
        && contains(description, descriptionContains)
        && (minAmount == null || amount >= minAmount)
        && (maxAmount == null || amount <= maxAmount);
  }

  private static boolean contains(String text, String part) {
    if (part == null) {
      return true;
    }
    return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }

  public RuleMatch match() {
    return new RuleMatch(merchantContains, descriptionContains, minAmount, maxAmount);
  }

  public String id() {
    return id;
  }

  public String ownerId() {
    return ownerId;
  }

  public String name() {
    return name;
  }

  public String category() {
    return category;
  }

  public int priority() {
    return priority;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}

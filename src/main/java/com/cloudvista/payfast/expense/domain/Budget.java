package com.cloudvista.payfast.expense.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A monthly budget of one owner for one category in one currency. Invariant: its periods are
 * ordered, the first starts at the budget's start month, and a change of limit or rollover mode
 * starts a new period at the month of the change, so every past month keeps the limit it had.
 */
@Entity
@Table(name = "budget")
@IdClass(Budget.Key.class)
public class Budget {

  /** The identity of a budget (a JPA id class: its fields mirror the {@code @Id} fields). */
  public static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String ownerId;
    private String category;
    private String currency;

    public Key() {}

    public Key(String ownerId, String category, String currency) {
      this.ownerId = ownerId;
      this.category = category;
      this.currency = currency;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(ownerId, key.ownerId)
          && Objects.equals(category, key.category)
          && Objects.equals(currency, key.currency);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ownerId, category, currency);
    }
  }

  @Id
  @Column(name = "owner_id")
  private String ownerId;

  @Id
  @Column(name = "category")
  private String category;

  @Id
  @Column(name = "currency")
  private String currency;

  @Column(name = "start_month", nullable = false)
  private LocalDate startMonth;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "budget_period",
      joinColumns = {
        @JoinColumn(name = "owner_id", referencedColumnName = "owner_id"),
        @JoinColumn(name = "category", referencedColumnName = "category"),
        @JoinColumn(name = "currency", referencedColumnName = "currency")
      })
  private List<BudgetPeriod> periods = new ArrayList<>();

  protected Budget() {}

  public Budget(
      String ownerId,
      String category,
      String currency,
      Month start,
      long monthlyLimit,
      Rollover rollover) {
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    this.category = Objects.requireNonNull(category, "category");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.startMonth = start.firstDay();
    this.periods.add(new BudgetPeriod(start, monthlyLimit, rollover));
  }

  /** Sets the limit and mode from {@code month} on; earlier months keep theirs. */
  public void change(Month month, long monthlyLimit, Rollover rollover) {
    Month from = month.compareTo(start()) < 0 ? start() : month;
    periods.removeIf(p -> p.from().compareTo(from) >= 0);
    periods.add(new BudgetPeriod(from, monthlyLimit, rollover));
    periods.sort(Comparator.comparing(BudgetPeriod::from));
  }

  /** The period in force in {@code month} (the first one before the start). */
  public BudgetPeriod periodOf(Month month) {
    BudgetPeriod current = sortedPeriods().get(0);
    for (BudgetPeriod period : sortedPeriods()) {
      if (period.from().compareTo(month) <= 0) {
        current = period;
      }
    }
    return current;
  }

  /**
   * The figures of {@code month}, with the carry chain computed exactly from the start month: each
   * month carries {@code rollover.carry(available - spent)} of the one before, by the mode in force
   * in the month it carries into. {@code spentByMonth} holds this budget's spending per month.
   */
  public BudgetMonth figures(Month month, Map<Month, Long> spentByMonth) {
    long carried = 0;
    Month m = start();
    if (month.compareTo(m) < 0) {
      BudgetPeriod first = periodOf(m);
      return BudgetMonth.of(month, first.monthlyLimit(), 0, spentByMonth.getOrDefault(month, 0L));
    }
    while (true) {
      BudgetPeriod period = periodOf(m);
      BudgetMonth figures =
          BudgetMonth.of(m, period.monthlyLimit(), carried, spentByMonth.getOrDefault(m, 0L));
      if (m.equals(month)) {
        return figures;
      }
      m = m.next();
      carried = periodOf(m).rollover().carry(figures.remaining());
    }
  }

  private List<BudgetPeriod> sortedPeriods() {
    return periods.stream().sorted(Comparator.comparing(BudgetPeriod::from)).toList();
  }

  public Month start() {
    return Month.of(startMonth.getYear(), startMonth.getMonthValue());
  }

  public String ownerId() {
    return ownerId;
  }

  public String category() {
    return category;
  }

  public String currency() {
    return currency;
  }

  public long monthlyLimit(Month month) {
    return periodOf(month).monthlyLimit();
  }

  public Rollover rollover(Month month) {
    return periodOf(month).rollover();
  }
}

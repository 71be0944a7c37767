package com.cloudvista.payfast.expense.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** A budget's limit and rollover mode in force from {@code fromMonth} until the next period. */
@Embeddable
public class BudgetPeriod {

  @Column(name = "from_month", nullable = false)
  private LocalDate fromMonth;

  @Column(name = "monthly_limit", nullable = false)
  private long monthlyLimit;

  @Enumerated(EnumType.STRING)
  @Column(name = "rollover", nullable = false)
  private Rollover rollover;

  protected BudgetPeriod() {}

  public BudgetPeriod(Month from, long monthlyLimit, Rollover rollover) {
    if (monthlyLimit <= 0) {
      throw new IllegalArgumentException("monthly limit must be positive");
    }
    this.fromMonth = Objects.requireNonNull(from, "from").firstDay();
    this.monthlyLimit = monthlyLimit;
    this.rollover = Objects.requireNonNull(rollover, "rollover");
  }

  public Month from() {
    return Month.of(fromMonth.getYear(), fromMonth.getMonthValue());
  }

  public long monthlyLimit() {
    return monthlyLimit;
  }

  public Rollover rollover() {
    return rollover;
  }
}

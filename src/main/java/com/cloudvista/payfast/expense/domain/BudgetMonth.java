package com.cloudvista.payfast.expense.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One budget in one month: its limit, what the previous month carried over, what is available
 * ({@code limit + carriedOver}), what was spent, and what remains. Amounts in minor units.
 */
public record BudgetMonth(
    Month month,
    long limit,
    long carriedOver,
    long available,
    long spent,
    long remaining,
    BigDecimal percentUsed,
    BudgetStatus status) {

  static final BigDecimal WARNING_PERCENT = BigDecimal.valueOf(80);

  static BudgetMonth of(Month month, long limit, long carriedOver, long spent) {
    long available = Math.addExact(limit, carriedOver);
    long remaining = Math.subtractExact(available, spent);
    BigDecimal percent =
        available > 0
            ? BigDecimal.valueOf(spent)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(available), 1, RoundingMode.HALF_UP)
            : BigDecimal.valueOf(spent > 0 || available < 0 ? 100 : 0).setScale(1);
    BudgetStatus status =
        remaining < 0
            ? BudgetStatus.OVER
            : available > 0 && percent.compareTo(WARNING_PERCENT) >= 0
                ? BudgetStatus.WARNING
                : BudgetStatus.OK;
    return new BudgetMonth(month, limit, carriedOver, available, spent, remaining, percent, status);
  }
}

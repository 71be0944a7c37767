package com.cloudvista.payfast.expense.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetTest {

  private static final Month JAN = Month.of(2025, 1);

  /** 13 months from January 2025: 600 spent each month except an overspend of 1 500 in March. */
  private static Map<Month, Long> spending() {
    Map<Month, Long> spent = new HashMap<>();
    for (int i = 0; i < 13; i++) {
      spent.put(JAN.minus(-i), 600L);
    }
    spent.put(Month.of(2025, 3), 1_500L);
    return spent;
  }

  @Test
  void noneNeverCarries() {
    Budget budget = new Budget("u", "dining", "USD", JAN, 1_000, Rollover.NONE);
    BudgetMonth january2026 = budget.figures(Month.of(2026, 1), spending());
    assertThat(january2026.carriedOver()).isZero();
    assertThat(january2026.available()).isEqualTo(1_000);
    assertThat(budget.figures(Month.of(2025, 3), spending()).status()).isEqualTo(BudgetStatus.OVER);
  }

  @Test
  void surplusCarriesUnspentAndDropsAnOverspend() {
    Budget budget = new Budget("u", "dining", "USD", JAN, 1_000, Rollover.SURPLUS);
    Map<Month, Long> spent = spending();
    assertThat(budget.figures(Month.of(2025, 2), spent).carriedOver()).isEqualTo(400);
    assertThat(budget.figures(Month.of(2025, 3), spent).available())
        .isEqualTo(1_800); // 1000 + 400 + 400
    // March: 1 800 available, 1 500 spent: 300 carried into April.
    assertThat(budget.figures(Month.of(2025, 4), spent).carriedOver()).isEqualTo(300);
    // From April on 400 more each month: January 2026 carries 300 + 9 × 400.
    assertThat(budget.figures(Month.of(2026, 1), spent).carriedOver()).isEqualTo(300 + 9 * 400);
  }

  @Test
  void fullAlsoCarriesAnOverspendAsANegativeCarry() {
    Budget budget = new Budget("u", "dining", "USD", JAN, 1_000, Rollover.FULL);
    Map<Month, Long> spent = new HashMap<>(Map.of(JAN, 1_700L, Month.of(2025, 2), 100L));
    BudgetMonth february = budget.figures(Month.of(2025, 2), spent);
    assertThat(february.carriedOver()).isEqualTo(-700);
    assertThat(february.available()).isEqualTo(300);
    assertThat(february.remaining()).isEqualTo(200);
    assertThat(february.status()).isEqualTo(BudgetStatus.OK); // 100 of 300 is 33.3 %
    assertThat(february.percentUsed()).isEqualByComparingTo("33.3");
  }

  @Test
  void aLimitChangeMidYearAppliesFromItsMonthOnly() {
    Budget budget = new Budget("u", "dining", "USD", JAN, 1_000, Rollover.SURPLUS);
    budget.change(Month.of(2025, 7), 2_000, Rollover.SURPLUS);
    Map<Month, Long> spent = spending();
    assertThat(budget.figures(Month.of(2025, 6), spent).limit()).isEqualTo(1_000);
    assertThat(budget.figures(Month.of(2025, 7), spent).limit()).isEqualTo(2_000);
    // Carried into Feb 400, Mar 800, Apr 300 (March spent 1 500 of its 1 800), May 700, Jun 1 100,
    // Jul 1 500.
    assertThat(budget.figures(Month.of(2025, 7), spent).carriedOver()).isEqualTo(1_500);
    assertThat(budget.figures(Month.of(2025, 7), spent).available()).isEqualTo(3_500);
    assertThat(budget.figures(Month.of(2025, 8), spent).carriedOver())
        .isEqualTo(budget.figures(Month.of(2025, 7), spent).remaining());
    // Changing the mode to NONE from September stops the carry there.
    budget.change(Month.of(2025, 9), 2_000, Rollover.NONE);
    assertThat(budget.figures(Month.of(2025, 9), spent).carriedOver()).isZero();
    assertThat(budget.figures(Month.of(2025, 8), spent).carriedOver()).isPositive();
  }

  @Test
  void aChangeBeforeTheStartIsTheStart() {
    Budget budget = new Budget("u", "dining", "USD", JAN, 1_000, Rollover.NONE);
    budget.change(Month.of(2024, 6), 500, Rollover.NONE);
    assertThat(budget.start()).isEqualTo(JAN);
    assertThat(budget.monthlyLimit(JAN)).isEqualTo(500);
  }
}

package com.cloudvista.payfast.expense.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetMonthTest {

  private static final Month M = Month.of(2026, 5);

  @Test
  void warningFromEightyPercentAndOverPastTheAvailableAmount() {
    assertThat(BudgetMonth.of(M, 1_000, 0, 799).status()).isEqualTo(BudgetStatus.OK);
    assertThat(BudgetMonth.of(M, 1_000, 0, 800).status()).isEqualTo(BudgetStatus.WARNING);
    assertThat(BudgetMonth.of(M, 1_000, 0, 1_000).status()).isEqualTo(BudgetStatus.WARNING);
    assertThat(BudgetMonth.of(M, 1_000, 0, 1_001).status()).isEqualTo(BudgetStatus.OVER);
    assertThat(BudgetMonth.of(M, 1_000, 0, 1_001).percentUsed()).isEqualByComparingTo("100.1");
  }

  @Test
  void aNegativeCarryCanMakeAMonthOverBeforeAnySpending() {
    BudgetMonth month = BudgetMonth.of(M, 1_000, -1_200, 0);
    assertThat(month.available()).isEqualTo(-200);
    assertThat(month.remaining()).isEqualTo(-200);
    assertThat(month.status()).isEqualTo(BudgetStatus.OVER);
  }
}

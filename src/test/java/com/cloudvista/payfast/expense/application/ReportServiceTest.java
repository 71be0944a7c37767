package com.cloudvista.payfast.expense.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportServiceTest {

  @Test
  void averageAndMedianRoundHalfUpToMinorUnits() {
    assertThat(ReportService.average(new long[] {1_000, 3_500, 2_000})).isEqualTo(2_167);
    assertThat(ReportService.average(new long[] {1, 2})).isEqualTo(2);
    assertThat(ReportService.median(new long[] {1_000, 3_500, 2_000})).isEqualTo(2_000);
    assertThat(ReportService.median(new long[] {4, 1, 3, 2}))
        .isEqualTo(3); // (2 + 3) / 2 = 2.5, half up
    assertThat(ReportService.median(new long[] {0})).isZero();
  }
}

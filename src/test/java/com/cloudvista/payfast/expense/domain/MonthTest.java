package com.cloudvista.payfast.expense.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MonthTest {

  @Test
  void parsesOnlyYyyyMm() {
    assertThat(Month.parse("2026-02")).contains(Month.of(2026, 2));
    assertThat(Month.parse("2026-13")).isEmpty();
    assertThat(Month.parse("2026-2")).isEmpty();
    assertThat(Month.parse("2026-02-01")).isEmpty();
    assertThat(Month.parse("0999-01")).isEmpty();
    assertThat(Month.parse(null)).isEmpty();
    assertThat(Month.of(2026, 2).toString()).isEqualTo("2026-02");
  }

  @Test
  void monthsAreUtcCalendarMonths() {
    Month february = Month.of(2026, 2);
    assertThat(february.start()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
    assertThat(february.end()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(february.length()).isEqualTo(28);
    assertThat(Month.of(Instant.parse("2026-02-28T23:59:59.999999Z"))).isEqualTo(february);
    assertThat(Month.of(Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo(Month.of(2026, 3));
    // 23:30 on Feb 28 in New York is already March in UTC.
    assertThat(Month.of(java.time.OffsetDateTime.parse("2026-02-28T23:30:00-05:00").toInstant()))
        .isEqualTo(Month.of(2026, 3));
    assertThat(Month.of(2026, 1).previous()).isEqualTo(Month.of(2025, 12));
    assertThat(Month.of(2026, 1).minus(13)).isEqualTo(Month.of(2024, 12));
  }
}

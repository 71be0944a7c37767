package com.cloudvista.payfast.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxBatchKeyTest {

  @Test
  void keyIsPrefixDateHourAndSequenceRangeOfTheFirstRecordInUtc() {
    String key =
        BatchKey.of("transactions/", 41, 540, Instant.parse("2026-11-21T10:15:30.123456Z"));

    assertThat(key).isEqualTo("transactions/dt=2026-11-21/hr=10/41-540.jsonl.gz");
  }

  @Test
  void dateAndHourAreUtcAtTheEdgeOfADay() {
    assertThat(BatchKey.of("transactions/", 7, 7, Instant.parse("2026-12-31T23:59:59.999Z")))
        .isEqualTo("transactions/dt=2026-12-31/hr=23/7-7.jsonl.gz");
    assertThat(BatchKey.of("transactions/", 8, 9, Instant.parse("2027-01-01T00:00:00Z")))
        .isEqualTo("transactions/dt=2027-01-01/hr=00/8-9.jsonl.gz");
  }

  @Test
  void prefixGetsExactlyOneTrailingSlashAndNoLeadingOne() {
    Instant at = Instant.parse("2026-11-21T05:00:00Z");
    assertThat(BatchKey.of("logs/tx", 1, 2, at))
        .isEqualTo("logs/tx/dt=2026-11-21/hr=05/1-2.jsonl.gz");
    assertThat(BatchKey.of("/logs/", 1, 2, at)).isEqualTo("logs/dt=2026-11-21/hr=05/1-2.jsonl.gz");
    assertThat(BatchKey.of("", 1, 2, at)).isEqualTo("dt=2026-11-21/hr=05/1-2.jsonl.gz");
  }

  @Test
  void rejectsAnEmptyOrReversedRange() {
    Instant at = Instant.parse("2026-11-21T05:00:00Z");
    assertThatThrownBy(() -> BatchKey.of("t/", 5, 4, at))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BatchKey.of("t/", 0, 4, at))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

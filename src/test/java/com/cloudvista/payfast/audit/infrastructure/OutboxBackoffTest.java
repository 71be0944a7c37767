package com.cloudvista.payfast.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboxBackoffTest {

  @Test
  void doublesFromTheShipIntervalUpToTheCap() {
    Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60));

    assertThat(IntStream.rangeClosed(0, 8).mapToObj(n -> backoff.after(n).toSeconds()))
        .containsExactly(0L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    assertThat(backoff.after(10_000)).isEqualTo(Duration.ofSeconds(60));
  }
}

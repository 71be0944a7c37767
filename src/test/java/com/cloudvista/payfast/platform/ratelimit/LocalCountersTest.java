package com.cloudvista.payfast.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalCountersTest {

  private final AtomicLong now = new AtomicLong(60_000);
  private final LocalCounters counters = new LocalCounters(now::get);
  private final RateLimit threePerMinute = new RateLimit("test", 3, Duration.ofMinutes(1));

  @Test
  void allowsUpToTheLimitThenRefusesUntilTheWindowResets() {
    assertThat(counters.hit(threePerMinute, "alice").remaining()).isEqualTo(2);
    assertThat(counters.hit(threePerMinute, "alice").allowed()).isTrue();
    assertThat(counters.hit(threePerMinute, "alice").remaining()).isZero();

    now.addAndGet(15_000);
    Decision refused = counters.hit(threePerMinute, "alice");
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.resetSeconds()).isEqualTo(45);

    now.addAndGet(45_000);
    assertThat(counters.hit(threePerMinute, "alice").allowed()).isTrue();
  }

  @Test
  void countsEachKeySeparately() {
    for (int i = 0; i < 3; i++) {
      counters.hit(threePerMinute, "alice");
    }
    assertThat(counters.hit(threePerMinute, "alice").allowed()).isFalse();
    assertThat(counters.hit(threePerMinute, "bob").allowed()).isTrue();
  }
}

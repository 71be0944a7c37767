package com.cloudvista.payfast.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** peek answers whether the next event would exceed the limit, without counting one. */
class RateLimiterPeekTest {

  private final RateLimit failures = new RateLimit("peek-test", 3, Duration.ofHours(1));

  @Test
  void peekDoesNotCountAndRefusesOnceTheLimitIsUsedUp() {
    RateLimiter limiter = RateLimiter.forTests(null, true);
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.peek(failures, "alice").allowed()).isTrue();
    }
    limiter.hit(failures, "alice");
    limiter.hit(failures, "alice");
    assertThat(limiter.peek(failures, "alice").allowed()).isTrue();
    limiter.hit(failures, "alice");
    assertThat(limiter.peek(failures, "alice").allowed()).isFalse();
    assertThat(limiter.peek(failures, "alice").resetSeconds()).isBetween(1L, 3600L);
    assertThat(limiter.peek(failures, "bob").allowed()).isTrue();
  }

  @Test
  void disabledLimiterAlwaysAllows() {
    RateLimiter limiter = RateLimiter.forTests(null, false);
    for (int i = 0; i < 5; i++) {
      limiter.hit(failures, "carol");
    }
    assertThat(limiter.peek(failures, "carol").allowed()).isTrue();
  }
}

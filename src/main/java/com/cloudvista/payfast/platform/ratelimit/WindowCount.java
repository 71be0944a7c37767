package com.cloudvista.payfast.platform.ratelimit;

import java.time.Duration;

/** How many events a key has in its current window, and how long until that window ends. */
public record WindowCount(long count, Duration resetsIn) {

  public static WindowCount none(Duration window) {
    return new WindowCount(0, window);
  }

  /** Seconds for a {@code Retry-After} header: at least 1. */
  public long retryAfterSeconds() {
    return Math.max(1, (resetsIn.toMillis() + 999) / 1000);
  }
}

package com.cloudvista.payfast.audit.infrastructure;

import java.time.Duration;

/** Exponential backoff after consecutive failures: the base interval, doubled each time, capped. */
record Backoff(Duration base, Duration max) {

  Duration after(int consecutiveFailures) {
    if (consecutiveFailures <= 0) {
      return Duration.ZERO;
    }
    int doublings = Math.min(consecutiveFailures - 1, 30);
    long millis = base.toMillis() << doublings;
    return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
  }
}

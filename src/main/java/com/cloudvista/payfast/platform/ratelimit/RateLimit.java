package com.cloudvista.payfast.platform.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** At most {@code limit} events per {@code window} for one key of a named policy. */
public record RateLimit(String policy, int limit, Duration window) {

  public RateLimit {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(window, "window");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    if (window.toMillis() < 1) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
  }
}

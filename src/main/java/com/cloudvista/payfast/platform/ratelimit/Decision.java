package com.cloudvista.payfast.platform.ratelimit;

/**
 * The answer for one event: allowed or not, what is left in the window, and when the window resets
 * (for {@code Retry-After} and the IETF {@code RateLimit-*} headers).
 */
public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {

  static Decision of(long count, int limit, long resetMillis) {
    long resetSeconds = Math.max(1, (resetMillis + 999) / 1000);
    int remaining = (int) Math.max(0, limit - count);
    return new Decision(count <= limit, limit, remaining, resetSeconds);
  }
}

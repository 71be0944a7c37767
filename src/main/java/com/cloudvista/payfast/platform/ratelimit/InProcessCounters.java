package com.cloudvista.payfast.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window counters in this JVM: the fallback when Redis is absent or failing. Each instance
 * then counts on its own, which only loosens the limit by the number of instances.
 */
public final class InProcessCounters {

  private static final int MAX_KEYS = 100_000;

  private record Window(Instant endsAt, long count) {}

  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;

  public InProcessCounters(Clock clock) {
    this.clock = clock;
  }

  public WindowCount increment(String key, Duration window) {
    Instant now = clock.instant();
    if (windows.size() > MAX_KEYS) {
      windows.values().removeIf(w -> !w.endsAt().isAfter(now));
    }
    Window updated =
        windows.compute(
            key,
            (k, current) ->
                current == null || !current.endsAt().isAfter(now)
                    ? new Window(now.plus(window), 1)
                    : new Window(current.endsAt(), current.count() + 1));
    return new WindowCount(updated.count(), Duration.between(now, updated.endsAt()));
  }

  public WindowCount current(String key, Duration window) {
    Instant now = clock.instant();
    Window current = windows.get(key);
    if (current == null || !current.endsAt().isAfter(now)) {
      return WindowCount.none(window);
    }
    return new WindowCount(current.count(), Duration.between(now, current.endsAt()));
  }

  public void reset(String key) {
    windows.remove(key);
  }
}

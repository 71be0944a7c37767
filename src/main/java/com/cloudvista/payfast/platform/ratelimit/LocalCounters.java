package com.cloudvista.payfast.platform.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * In-process fixed-window counters, the fallback while Redis is unreachable. They count per
 * instance only, so with N instances a client may get up to N times the limit during an outage: the
 * price of staying available.
 */
final class LocalCounters {

  private record Window(long start, long count) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final LongSupplier clock;

  LocalCounters(LongSupplier clockMillis) {
    this.clock = clockMillis;
  }

  Decision hit(RateLimit limit, String key) {
    long now = clock.getAsLong();
    long windowMillis = limit.window().toMillis();
    long start = now - Math.floorMod(now, windowMillis);
    Window window =
        windows.compute(
            limit.policy() + ':' + key,
            (k, current) ->
                current == null || current.start() != start
                    ? new Window(start, 1)
                    : new Window(start, current.count() + 1));
    if (windows.size() > 100_000) {
      windows.entrySet().removeIf(e -> e.getValue().start() < start);
    }
    return Decision.of(window.count(), limit.limit(), start + windowMillis - now);
  }

  /** The events counted so far in the current window, without counting one. */
  long count(RateLimit limit, String key) {
    long now = clock.getAsLong();
    long windowMillis = limit.window().toMillis();
    long start = now - Math.floorMod(now, windowMillis);
    Window window = windows.get(limit.policy() + ':' + key);
    return window == null || window.start() != start ? 0 : window.count();
  }
}

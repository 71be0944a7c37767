package com.cloudvista.payfast.platform.config;

import java.time.Duration;
import java.util.Locale;

/**
 * Reads the human durations used in configuration: {@code 500ms}, {@code 10s}, {@code 5m}, {@code
 * 24h}, {@code 7d}, or ISO-8601. Configuration values reach the code as {@link Duration}s already
 * ({@link DurationConverter}); this is the syntax behind it.
 */
public final class Durations {

  private Durations() {}

  public static Duration parse(String text) {
    String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    try {
      if (value.startsWith("p")) {
        return Duration.parse(value.toUpperCase(Locale.ROOT));
      }
      if (value.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
      }
      long amount = Long.parseLong(value.substring(0, value.length() - 1));
      return switch (value.charAt(value.length() - 1)) {
        case 's' -> Duration.ofSeconds(amount);
        case 'm' -> Duration.ofMinutes(amount);
        case 'h' -> Duration.ofHours(amount);
        case 'd' -> Duration.ofDays(amount);
        default -> throw new IllegalArgumentException();
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Not a duration: '" + text + "' (use e.g. 500ms, 10s, 5m, 24h, 7d or ISO-8601 PT10S)", e);
    }
  }

  /** The other way round, for log lines: {@code 5s}, or {@code 500ms} below whole seconds. */
  public static String format(Duration duration) {
    return duration.toMillisPart() == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
  }
}

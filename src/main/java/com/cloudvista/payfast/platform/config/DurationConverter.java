package com.cloudvista.payfast.platform.config;

import jakarta.annotation.Priority;
import java.time.Duration;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Lets {@code @ConfigProperty} inject {@link Duration}s written the way the configuration writes
 * them ({@code 500ms}, {@code 10s}, {@code 5m}, {@code 24h}, {@code 7d}, or ISO-8601 such as {@code
 * PT10S}). Registered in {@code META-INF/services/org.eclipse.microprofile.config.spi.Converter};
 * its priority puts it ahead of the implicit converter MicroProfile Config derives from {@link
 * Duration#parse}, which knows ISO-8601 only. A bad value fails the injection with a message naming
 * the value and the syntax.
 */
@Priority(200)
public class DurationConverter implements Converter<Duration> {

  @Override
  public Duration convert(String value) {
    if (value == null || value.isBlank()) {
      return null; // MicroProfile Config: an empty value is a missing one
    }
    return Durations.parse(value);
  }
}

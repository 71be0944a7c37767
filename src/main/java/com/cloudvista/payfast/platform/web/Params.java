package com.cloudvista.payfast.platform.web;

import com.cloudvista.payfast.platform.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Parses query parameters and text values shared by every API; malformed input is a 400 naming the
 * field.
 */
public final class Params {

  /** PostgreSQL's timestamptz range, rounded in: anything outside is refused, never stored. */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private Params() {}

  /** {@code from}: an RFC 3339 date-time, or a date meaning its start (UTC). Inclusive. */
  public static Instant from(String text) {
    return instant("from", text, false);
  }

  /** {@code to}: an RFC 3339 date-time (exclusive), or a date meaning up to the end of that day. */
  public static Instant to(String text) {
    return instant("to", text, true);
  }

  /** A required RFC 3339 date-time, to the microsecond the database keeps. */
  public static Instant dateTime(String field, String text) {
    if (text == null || text.isEmpty()) {
      throw ProblemException.invalid(field, "is required (an RFC 3339 date-time)");
    }
    try {
      return inRange(field, OffsetDateTime.parse(text).toInstant()).truncatedTo(ChronoUnit.MICROS);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(
          field, "must be an RFC 3339 date-time such as 2026-11-21T10:15:30Z");
    }
  }

  /** Null for an absent or empty parameter. */
  public static String text(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static Instant instant(String name, String text, boolean endOfDay) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      if (text.length() == 10) {
        LocalDate date = LocalDate.parse(text);
        return inRange(
            name, (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      return inRange(name, OffsetDateTime.parse(text).toInstant());
    } catch (java.time.DateTimeException e) {
      throw ProblemException.invalid(name, "must be an RFC 3339 date-time or a YYYY-MM-DD date");
    }
  }

  private static Instant inRange(String name, Instant instant) {
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw ProblemException.invalid(name, "must be between years 0001 and 9999");
    }
    return instant;
  }
}

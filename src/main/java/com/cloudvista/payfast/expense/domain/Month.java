package com.cloudvista.payfast.expense.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A UTC calendar month ({@code YYYY-MM}): budgets and reports count spending by these. */
public record Month(YearMonth value) implements Comparable<Month> {

  private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");
  private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuu-MM");

  public Month {
    Objects.requireNonNull(value, "value");
    if (value.getYear() < 1970 || value.getYear() > 9999) {
      throw new IllegalArgumentException("month out of range: " + value);
    }
  }

  /** Parses {@code YYYY-MM}; empty for anything else (a 400 for the caller to phrase). */
  public static Optional<Month> parse(String text) {
    if (text == null || !FORMAT.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      YearMonth month = YearMonth.parse(text, TEXT);
      return month.getYear() < 1970 ? Optional.empty() : Optional.of(new Month(month));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static Month of(int year, int month) {
    return new Month(YearMonth.of(year, month));
  }

  /** The UTC month an instant falls in. */
  public static Month of(Instant instant) {
    return new Month(YearMonth.from(instant.atOffset(ZoneOffset.UTC)));
  }

  public static Month current() {
    return of(Instant.now());
  }

  /** First instant of the month (inclusive). */
  public Instant start() {
    return value.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** First instant of the next month (exclusive end). */
  public Instant end() {
    return next().start();
  }

  public LocalDate firstDay() {
    return value.atDay(1);
  }

  public int length() {
    return value.lengthOfMonth();
  }

  public Month next() {
    return new Month(value.plusMonths(1));
  }

  public Month previous() {
    return new Month(value.minusMonths(1));
  }

  public Month minus(int months) {
    return new Month(value.minusMonths(months));
  }

  @Override
  public int compareTo(Month other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.format(TEXT);
  }
}

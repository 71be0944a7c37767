package com.cloudvista.payfast.expense.domain;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a bank's CSV keeps the date, the amount and the merchant (header names, matched without
 * regard to case) and how it writes dates ({@link DateTimeFormatter} pattern, e.g. {@code
 * dd/MM/yyyy}).
 */
public record CsvColumns(
    String dateColumn, String amountColumn, String merchantColumn, String dateFormat) {

  public static final CsvColumns DEFAULT =
      new CsvColumns("date", "amount", "merchant", "yyyy-MM-dd");

  public CsvColumns {
    Objects.requireNonNull(dateColumn, "dateColumn");
    Objects.requireNonNull(amountColumn, "amountColumn");
    Objects.requireNonNull(merchantColumn, "merchantColumn");
    Objects.requireNonNull(dateFormat, "dateFormat");
  }

  /**
   * The date format as a formatter.
   *
   * @throws IllegalArgumentException when the pattern is not a valid one
   */
  public DateTimeFormatter formatter() {
    // strict, so 31/02 is an error rather than 28/02; strict needs "u" (proleptic year) for "y"
    String pattern = dateFormat.indexOf('\'') < 0 ? dateFormat.replace('y', 'u') : dateFormat;
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}

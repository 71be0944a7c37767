package com.cloudvista.payfast.expense.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Decimal amounts as banks write them ({@code -1,234.50}) to exact minor units, and back. Never a
 * float: a value with more decimals than the currency has (other than trailing zeros) is an error,
 * not a rounding.
 */
public final class MajorUnits {

  private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private MajorUnits() {}

  /**
   * Signed minor units of {@code text} in {@code currency}.
   *
   * @throws IllegalArgumentException with a message fit for the user when it is not such an amount
   */
  public static long toMinor(String text, Currency currency) {
    String value = text == null ? "" : text.strip();
    String normalized;
    if (GROUPED.matcher(value).matches()) {
      normalized = value.replace(",", "");
    } else if (PLAIN.matcher(value).matches()) {
      normalized = value.replace(',', '.');
    } else {
      throw new IllegalArgumentException(
          "'" + abbreviate(value) + "' is not an amount (e.g. -12.50)");
    }
    BigDecimal minor =
        new BigDecimal(normalized).movePointRight(currency.getDefaultFractionDigits());
    if (minor.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(
          "'"
              + value
              + "' has more than "
              + currency.getDefaultFractionDigits()
              + " decimals for "
              + currency.getCurrencyCode());
    }
    try {
      return minor.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("'" + abbreviate(value) + "' is too large", e);
    }
  }

  /** {@code 1250} USD as {@code 12.50}; {@code 1250} JPY as {@code 1250}. */
  public static String toDecimal(long minor, Currency currency) {
    return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()).toPlainString();
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}

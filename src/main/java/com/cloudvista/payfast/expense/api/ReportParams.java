package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.domain.Month;
import com.cloudvista.payfast.expense.domain.Rollover;
import com.cloudvista.payfast.platform.problem.ProblemException;

/**
 * Parses the expense API's own parameters: months, month counts and rollover modes (400 otherwise).
 */
final class ReportParams {

  static final int MAX_TREND_MONTHS = 24;
  static final int DEFAULT_TREND_MONTHS = 6;

  private ReportParams() {}

  /** {@code YYYY-MM}; absent means the current UTC month. */
  static Month month(String field, String text) {
    if (text == null || text.isEmpty()) {
      return Month.current();
    }
    return Month.parse(text)
        .orElseThrow(() -> ProblemException.invalid(field, "must be a month as YYYY-MM"));
  }

  /** {@code YYYY-MM} or absent (null). */
  static Month optionalMonth(String field, String text) {
    return text == null || text.isEmpty() ? null : month(field, text);
  }

  static int months(String text) {
    if (text == null || text.isEmpty()) {
      return DEFAULT_TREND_MONTHS;
    }
    try {
      int months = Integer.parseInt(text);
      if (months >= 1 && months <= MAX_TREND_MONTHS) {
        return months;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ProblemException.invalid(
        "months", "must be a whole number from 1 to " + MAX_TREND_MONTHS);
  }

  static Rollover rollover(String text) {
    if (text == null) {
      return Rollover.NONE;
    }
    try {
      return Rollover.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("rollover", "must be one of NONE, SURPLUS, FULL");
    }
  }

  static <T> T required(String field, T value) {
    if (value == null) {
      throw ProblemException.invalid(field, "is required");
    }
    return value;
  }
}

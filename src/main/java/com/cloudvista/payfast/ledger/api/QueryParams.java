package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.domain.TransactionType;
import com.cloudvista.payfast.platform.problem.ProblemException;
import com.cloudvista.payfast.platform.web.Params;
import java.time.Instant;
import java.util.Locale;

/**
 * Parses query parameters; anything malformed is a 400 naming the parameter (never JAX-RS's 404).
 */
final class QueryParams {

  private QueryParams() {}

  /** {@code from}: an RFC 3339 date-time, or a date meaning its start (UTC). Inclusive. */
  static Instant from(String text) {
    return Params.from(text);
  }

  /** {@code to}: an RFC 3339 date-time (exclusive), or a date meaning up to the end of that day. */
  static Instant to(String text) {
    return Params.to(text);
  }

  static TransactionType type(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return TransactionType.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          "type", "must be one of DEPOSIT, WITHDRAWAL, TRANSFER, PAYMENT, REVERSAL");
    }
  }

  static Long amount(String name, String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      long value = Long.parseLong(text);
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(name, "must be a non-negative integer amount in minor units");
    }
  }

  static String text(String text) {
    return Params.text(text);
  }
}

package com.cloudvista.payfast.expense.application;

import com.cloudvista.payfast.expense.domain.BankLine;
import java.util.Optional;

/**
 * Text of bank lines as expenses store it: no NUL (PostgreSQL refuses it), within the field's
 * length.
 */
final class ImportLines {

  private ImportLines() {}

  static String merchant(BankLine line) {
    return text(line.merchant(), 200);
  }

  static String memo(BankLine line) {
    return text(line.memo(), 1000);
  }

  /** The category the owner's rules give an outflow, matched on the text as it is stored. */
  static Optional<String> categorize(Categorizer categorizer, BankLine line) {
    return categorizer.categorize(merchant(line), memo(line), Math.negateExact(line.amount()));
  }

  static String text(String value, int max) {
    if (value == null) {
      return null;
    }
    String clean = value.replace("\u0000", "").strip();
    if (clean.isEmpty()) {
      return null;
    }
    return clean.length() > max ? clean.substring(0, max) : clean;
  }
}

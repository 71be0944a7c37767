package com.cloudvista.payfast.expense.application;

/** Text of bank lines as expenses store it: no NUL (PostgreSQL refuses it), within the field's length. */
final class ImportLines {

  private ImportLines() {}

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

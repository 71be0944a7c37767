package com.cloudvista.payfast.expense.api;

/** Rules shared by the expense requests' text fields. */
final class TextRules {

  /** Text fields refuse NUL characters (PostgreSQL cannot store them). */
  static final String NO_NUL = "[^\\x00]*";

  static final String NO_NUL_MESSAGE = "must not contain NUL characters";

  private TextRules() {}
}

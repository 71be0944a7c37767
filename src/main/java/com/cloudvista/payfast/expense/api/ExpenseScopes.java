package com.cloudvista.payfast.expense.api;

/** The OAuth scopes machine clients need for expense tracking. */
final class ExpenseScopes {

  static final String REPORTS_READ = "payfast/reports.read";
  static final String TRANSACTIONS_WRITE = "payfast/transactions.write";

  /** Text fields refuse NUL characters (PostgreSQL cannot store them). */
  static final String NO_NUL = "[^\\x00]*";

  static final String NO_NUL_MESSAGE = "must not contain NUL characters";

  private ExpenseScopes() {}
}

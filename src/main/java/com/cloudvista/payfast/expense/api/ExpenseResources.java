package com.cloudvista.payfast.expense.api;

import java.util.Set;

/** The resource classes of expense tracking, served under the Transaction API (/api/v1). */
public final class ExpenseResources {

  private ExpenseResources() {}

  public static Set<Class<?>> all() {
    return Set.of(
        CategoriesResource.class,
        ExpensesResource.class,
        BudgetsResource.class,
        ReportsResource.class,
        RulesResource.class,
        UploadsResource.class,
        ImportsResource.class,
        StatementsResource.class);
  }
}

/** Expense use cases, each owning its transaction: categories, expenses, budgets, reports, rules. */
package com.cloudvista.payfast.expense.application;

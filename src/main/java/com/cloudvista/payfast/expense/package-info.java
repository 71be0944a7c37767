/**
 * Expense tracking: categories, manual expenses, budgets with rollover, spending reports, rules.
 */
package com.cloudvista.payfast.expense;

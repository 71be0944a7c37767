/**
 * Expense use cases, each owning its transaction: categories, expenses, budgets, reports, rules,
 * uploads, imports, statements, and their background jobs.
 */
package com.cloudvista.payfast.expense.application;

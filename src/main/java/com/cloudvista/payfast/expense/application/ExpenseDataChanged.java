package com.cloudvista.payfast.expense.application;

/**
 * Fired when an owner's categories, expenses, budgets or rules changed (for their cached views).
 */
public record ExpenseDataChanged(String ownerId) {}

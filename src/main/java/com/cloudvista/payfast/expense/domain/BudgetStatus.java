package com.cloudvista.payfast.expense.domain;

/** OK below 80 % of what is available, WARNING from 80 %, OVER once spending passes it. */
public enum BudgetStatus {
  OK,
  WARNING,
  OVER
}

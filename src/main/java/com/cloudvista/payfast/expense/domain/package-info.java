/** The expense model: months, categories, expenses, budgets and their carry chain, rules. */
package com.cloudvista.payfast.expense.domain;

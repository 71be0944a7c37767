/**
 * The expense model: months, categories, expenses, budgets and their carry chain, rules, uploads,
 * bank lines, jobs.
 */
package com.cloudvista.payfast.expense.domain;

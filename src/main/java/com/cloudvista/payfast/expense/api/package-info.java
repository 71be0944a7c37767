/**
 * The expense-tracking resources of the Transaction API (/api/v1), their records and cached views.
 */
package com.cloudvista.payfast.expense.api;

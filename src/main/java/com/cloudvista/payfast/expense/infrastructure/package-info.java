/**
 * JPA repositories of the expense context, the native spending queries, the job tables (JPA and
 * lease SQL), and the CSV and OFX readers.
 */
package com.cloudvista.payfast.expense.infrastructure;

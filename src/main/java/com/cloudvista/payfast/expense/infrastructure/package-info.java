/** JPA repositories of the expense context and the native spending queries behind every report. */
package com.cloudvista.payfast.expense.infrastructure;

/** Use cases of the transaction log: its shipping status for operators. */
package com.cloudvista.payfast.audit.application;

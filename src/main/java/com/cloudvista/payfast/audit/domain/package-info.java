/** What the transaction log records and where a batch of records is stored. */
package com.cloudvista.payfast.audit.domain;

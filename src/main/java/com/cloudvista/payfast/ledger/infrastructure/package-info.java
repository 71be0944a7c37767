/**
 * PostgreSQL implementations of the ledger's repositories and queries (plain JDBC, see
 * platform.db.Sql).
 */
package com.cloudvista.payfast.ledger.infrastructure;

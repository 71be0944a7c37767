/**
 * PostgreSQL implementations of the ledger's repositories and queries: native statements through
 * the persistence unit's EntityManager (docs/persistence.md, "Ledger on JPA").
 */
package com.cloudvista.payfast.ledger.infrastructure;

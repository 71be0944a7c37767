/** The ledger's use cases; each owns its transaction boundary and locks what it changes. */
package com.cloudvista.payfast.ledger.application;

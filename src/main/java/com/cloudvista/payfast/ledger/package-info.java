/** The double-entry ledger: wallets, transactions, entries, and the Transaction API. */
package com.cloudvista.payfast.ledger;

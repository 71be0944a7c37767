/**
 * The ledger's model: Money, wallets, balanced transactions, holds, the rules and their refusals.
 */
package com.cloudvista.payfast.ledger.domain;

package com.cloudvista.payfast.ledger.application;

/** Fired when an owner changes their side's category, note or tags of a transaction. */
public record TransactionAnnotated(String transactionId, String ownerId) {}

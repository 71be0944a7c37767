package com.cloudvista.payfast.ledger.application;

/**
 * Fired when an owner changes their side's category, note or tags of a transaction ({@code
 * transactionId} null when a category change touched several).
 */
public record TransactionAnnotated(String transactionId, String ownerId) {}

package com.cloudvista.payfast.ledger.application;

/** Fired when a wallet changes without a ledger transaction (opened, renamed, frozen, unfrozen). */
public record WalletChanged(String walletId, String ownerId) {}

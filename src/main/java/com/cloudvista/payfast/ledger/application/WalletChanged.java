package com.cloudvista.payfast.ledger.application;

/** Fired when a wallet changes without a ledger transaction (rename, freeze, unfreeze). */
public record WalletChanged(String walletId) {}

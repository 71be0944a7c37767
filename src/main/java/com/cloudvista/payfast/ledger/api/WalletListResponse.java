package com.cloudvista.payfast.ledger.api;

import java.util.List;

/** The caller's wallets, oldest first. */
public record WalletListResponse(List<WalletResponse> data) {}

package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.platform.security.Caller;

/** The OAuth scopes of the Transaction API, and who an idempotency key belongs to. */
final class Scopes {

  static final String WALLETS_READ = "payfast/wallets.read";
  static final String TRANSACTIONS_READ = "payfast/transactions.read";
  static final String TRANSACTIONS_WRITE = "payfast/transactions.write";

  private Scopes() {}

  /** A user's own keys, separate from each of their machine clients' keys. */
  static String idempotencyScope(Caller caller) {
    return caller.isMachineClient() ? caller.userId() + "#" + caller.clientId() : caller.userId();
  }
}

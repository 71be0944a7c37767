package com.cloudvista.payfast.ledger.api;

import java.util.Set;

/** The resource classes of the Transaction API. */
final class TransactionResources {

  private TransactionResources() {}

  static Set<Class<?>> all() {
    return Set.of(
        WalletsResource.class,
        DepositsResource.class,
        WithdrawalsResource.class,
        TransfersResource.class,
        PaymentsResource.class,
        TransactionsResource.class,
        AdminResource.class,
        com.cloudvista.payfast.audit.api.AuditResource.class);
  }
}

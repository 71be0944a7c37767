package com.cloudvista.payfast.ledger.api;

import java.util.Set;

/** The ledger's resource classes of the Transaction API. */
public final class TransactionResources {

  private TransactionResources() {}

  public static Set<Class<?>> all() {
    return Set.of(
        WalletsResource.class,
        DepositsResource.class,
        WithdrawalsResource.class,
        TransfersResource.class,
        PaymentsResource.class,
        TransactionsResource.class,
        AdminResource.class);
  }
}

package com.cloudvista.payfast.ledger.api;

import java.util.Set;

/** The resource classes of the Transaction API. */
final class TransactionResources {

  private TransactionResources() {}

  static Set<Class<?>> all() {
    return Set.of(com.cloudvista.payfast.audit.api.AuditResource.class);
  }
}

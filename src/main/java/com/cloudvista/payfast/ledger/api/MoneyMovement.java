package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.domain.LedgerTransaction;
import com.cloudvista.payfast.platform.idempotency.IdempotentExecutor;
import com.cloudvista.payfast.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/**
 * What every money-moving POST shares: the write scope, and exactly-once execution under the
 * caller's Idempotency-Key with the 201 transaction stored alongside the effect.
 */
@RequestScoped
class MoneyMovement {

  @Inject Caller caller;
  @Inject IdempotentExecutor idempotency;

  Response execute(
      String path, String key, Object request, Function<String, LedgerTransaction> useCase) {
    caller.requireScope(Scopes.TRANSACTIONS_WRITE);
    String actor = caller.userId();
    return idempotency.execute(
        Scopes.idempotencyScope(caller),
        "POST",
        path,
        key,
        request,
        201,
        () -> TransactionResponse.of(useCase.apply(actor)));
  }

  Response executeAsAdmin(
      String path, String key, Object request, Function<String, LedgerTransaction> useCase) {
    caller.requireAdmin();
    return execute(path, key, request, useCase);
  }
}

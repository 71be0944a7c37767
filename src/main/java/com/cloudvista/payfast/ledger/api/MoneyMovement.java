package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.domain.LedgerTransaction;
import com.cloudvista.payfast.platform.idempotency.IdempotentExecutor;
import com.cloudvista.payfast.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/**
 * What every money-moving POST shares: exactly-once execution under the caller's Idempotency-Key
 * with the 201 transaction stored alongside the effect. Who may call is declared on the resource
 * methods ({@code @RequiresScope}, {@code @RolesAllowed}) and checked before they run.
 */
@RequestScoped
class MoneyMovement {

  @Inject Caller caller;
  @Inject IdempotentExecutor idempotency;

  Response execute(
      String path, String key, Object request, Function<String, LedgerTransaction> useCase) {
    String actor = caller.userId();
    return idempotency.execute(
        idempotencyScope(),
        "POST",
        path,
        key,
        request,
        201,
        () -> TransactionResponse.of(useCase.apply(actor)));
  }

  /** A user's own keys, separate from each of their machine clients' keys. */
  private String idempotencyScope() {
    return caller.isMachineClient() ? caller.userId() + "#" + caller.clientId() : caller.userId();
  }
}

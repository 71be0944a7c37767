package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.application.Commands;
import com.cloudvista.payfast.ledger.application.TransferService;
import com.cloudvista.payfast.platform.idempotency.IdempotencyKeys;
import com.cloudvista.payfast.platform.ratelimit.RateLimited;
import com.cloudvista.payfast.platform.security.RequiresScope;
import com.cloudvista.payfast.platform.security.ScopeNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Money movement")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(
    name = "oauth2",
    scopes = {"payfast/transactions.write"})
@RequiresScope(ScopeNames.TRANSACTIONS_WRITE)
public class TransfersResource {

  @Inject MoneyMovement movement;
  @Inject TransferService transfers;

  @POST
  @RateLimited
  @Operation(
      operationId = "createTransfer",
      summary = "Move money to another wallet",
      description = "recipientEmail resolves to that user's oldest ACTIVE wallet in the currency.")
  @APIResponse(
      responseCode = "201",
      description = "The TRANSFER transaction",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TransactionResponse.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "insufficient_funds, same_wallet, currency_mismatch, limit_exceeded, amount_too_large, wallet_frozen, wallet_closed, idempotency_key_reused")
  public Response transfer(
      @HeaderParam(IdempotencyKeys.HEADER) String key, @Valid @NotNull TransferRequest request) {
    return movement.execute(
        "/api/v1/transfers",
        key,
        request,
        actor ->
            transfers.transfer(
                actor,
                new Commands.Transfer(
                    request.sourceWalletId(),
                    request.destinationWalletId(),
                    request.recipientEmail(),
                    request.amount(),
                    request.currency(),
                    request.description(),
                    request.category())));
  }
}

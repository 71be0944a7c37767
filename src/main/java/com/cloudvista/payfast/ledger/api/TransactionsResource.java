package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.application.Commands;
import com.cloudvista.payfast.ledger.application.LedgerQueries;
import com.cloudvista.payfast.ledger.application.ReversalService;
import com.cloudvista.payfast.ledger.application.TransactionQueryService;
import com.cloudvista.payfast.platform.idempotency.IdempotencyKeys;
import com.cloudvista.payfast.platform.paging.Page;
import com.cloudvista.payfast.platform.paging.PageRequest;
import com.cloudvista.payfast.platform.ratelimit.RateLimited;
import com.cloudvista.payfast.platform.security.Caller;
import com.cloudvista.payfast.platform.security.RequiresScope;
import com.cloudvista.payfast.platform.security.Roles;
import com.cloudvista.payfast.platform.security.ScopeNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/transactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Transactions")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(
    name = "oauth2",
    scopes = {"payfast/transactions.read", "payfast/transactions.write"})
public class TransactionsResource {

  @Inject Caller caller;
  @Inject TransactionQueryService queries;
  @Inject ReversalService reversals;
  @Inject MoneyMovement movement;

  @GET
  @Operation(
      operationId = "listTransactions",
      summary = "Transactions the caller is a party to, newest first (keyset-paged)")
  @RequiresScope(ScopeNames.TRANSACTIONS_READ)
  public TransactionPageResponse search(
      @QueryParam("walletId") String walletId,
      @QueryParam("type") String type,
      @QueryParam("category") String category,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("minAmount") String minAmount,
      @QueryParam("maxAmount") String maxAmount,
      @QueryParam("q") String q,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    LedgerQueries.SearchFilter filter =
        new LedgerQueries.SearchFilter(
            null,
            QueryParams.type(type),
            QueryParams.text(category),
            QueryParams.from(from),
            QueryParams.to(to),
            QueryParams.amount("minAmount", minAmount),
            QueryParams.amount("maxAmount", maxAmount),
            QueryParams.text(q));
    Page<LedgerQueries.TransactionView> page =
        queries.search(
            caller.userId(),
            QueryParams.text(walletId),
            filter,
            QueryParams.text(cursor),
            PageRequest.limit(limit));
    return new TransactionPageResponse(
        page.data().stream().map(this::response).toList(), page.nextCursor());
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getTransaction", summary = "A transaction the caller is a party to")
  @APIResponse(responseCode = "200", description = "The transaction, with the caller's annotations")
  @APIResponse(responseCode = "404", description = "Absent, or the caller owns neither side")
  @RequiresScope(ScopeNames.TRANSACTIONS_READ)
  public TransactionResponse get(@PathParam("id") String id) {
    return response(queries.get(caller.userId(), id));
  }

  @PATCH
  @Path("/{id}")
  @Operation(
      operationId = "annotateTransaction",
      summary = "Annotate the caller's side (category, note, tags)")
  @RequiresScope(ScopeNames.TRANSACTIONS_WRITE)
  public TransactionResponse annotate(
      @PathParam("id") String id, @Valid @NotNull AnnotateTransactionRequest request) {
    return response(
        queries.annotate(
            caller.userId(),
            id,
            new Commands.Annotate(
                request.category(), request.note(), request.tags(), request.receiptUploadId())));
  }

  @POST
  @RateLimited
  @Path("/{id}/reversals")
  @Tag(name = "Money movement")
  @Operation(
      operationId = "reverseTransaction",
      summary = "Reverse a transaction (group admin; at most once)")
  @APIResponse(
      responseCode = "201",
      description = "The REVERSAL transaction",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TransactionResponse.class)))
  @APIResponse(
      responseCode = "422",
      description = "already_reversed, insufficient_funds (the receiver no longer has the money)")
  @RequiresScope(ScopeNames.TRANSACTIONS_WRITE)
  @RolesAllowed(Roles.ADMIN)
  public Response reverse(
      @PathParam("id") String id,
      @HeaderParam(IdempotencyKeys.HEADER) String key,
      @Valid @NotNull ReversalRequest request) {
    return movement.execute(
        "/api/v1/transactions/" + id + "/reversals",
        key,
        request,
        admin -> reversals.reverse(admin, id, request.reason()));
  }

  private TransactionResponse response(LedgerQueries.TransactionView view) {
    return TransactionResponse.of(view, queries.receiptUrl(caller.userId(), view));
  }
}

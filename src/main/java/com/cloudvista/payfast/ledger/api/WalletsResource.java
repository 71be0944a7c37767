package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.application.Commands;
import com.cloudvista.payfast.ledger.application.LedgerQueries;
import com.cloudvista.payfast.ledger.application.WalletService;
import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.platform.json.JsonText;
import com.cloudvista.payfast.platform.paging.PageRequest;
import com.cloudvista.payfast.platform.security.Caller;
import com.cloudvista.payfast.platform.security.RequiresScope;
import com.cloudvista.payfast.platform.security.ScopeNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/wallets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Wallets")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(
    name = "oauth2",
    scopes = {"payfast/wallets.read", "payfast/transactions.read", "payfast/transactions.write"})
public class WalletsResource {

  @Inject Caller caller;
  @Inject WalletService wallets;
  @Inject WalletViews views;

  @POST
  @Operation(operationId = "createWallet", summary = "Open a wallet (balance 0)")
  @APIResponse(
      responseCode = "201",
      description = "The new wallet",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = WalletResponse.class)))
  @RequiresScope(ScopeNames.TRANSACTIONS_WRITE)
  public Response open(@Valid @NotNull CreateWalletRequest request, @Context UriInfo uri) {
    Wallet wallet =
        wallets.open(caller.userId(), new Commands.OpenWallet(request.currency(), request.name()));
    return Response.created(uri.getAbsolutePathBuilder().path(wallet.id().toString()).build())
        .entity(WalletResponse.of(wallet))
        .build();
  }

  @GET
  @Operation(operationId = "listWallets", summary = "The caller's wallets")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = WalletListResponse.class)))
  @RequiresScope(ScopeNames.WALLETS_READ)
  public JsonText list() {
    return views.list(caller.userId());
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getWallet",
      summary = "One wallet, with an ETag (If-None-Match answers 304)")
  @APIResponse(
      responseCode = "200",
      description = "The wallet",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = WalletResponse.class)))
  @APIResponse(responseCode = "304", description = "Not modified")
  @APIResponse(responseCode = "404", description = "No such wallet of the caller")
  @RequiresScope(ScopeNames.WALLETS_READ)
  public Response get(@PathParam("id") String id, @Context Request request) {
    WalletViews.CachedWallet wallet = views.wallet(caller.userId(), id);
    EntityTag etag = new EntityTag(wallet.etag());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
    if (notModified != null) {
      return notModified.tag(etag).build();
    }
    return Response.ok(wallet.representation()).tag(etag).build();
  }

  @PATCH
  @Path("/{id}")
  @Operation(operationId = "renameWallet", summary = "Rename a wallet")
  @RequiresScope(ScopeNames.TRANSACTIONS_WRITE)
  public WalletResponse rename(
      @PathParam("id") String id, @Valid @NotNull RenameWalletRequest request) {
    return WalletResponse.of(wallets.rename(caller.userId(), id, request.name()));
  }

  @GET
  @Path("/{id}/transactions")
  @Operation(
      operationId = "getWalletStatement",
      summary = "Statement lines of a wallet, newest first (keyset-paged)")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = StatementPageResponse.class)))
  @RequiresScope(ScopeNames.TRANSACTIONS_READ)
  public JsonText statement(
      @PathParam("id") String id,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("type") String type,
      @QueryParam("category") String category,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    LedgerQueries.StatementFilter filter =
        new LedgerQueries.StatementFilter(
            QueryParams.from(from),
            QueryParams.to(to),
            QueryParams.type(type),
            QueryParams.text(category));
    return views.statement(
        caller.userId(), id, filter, QueryParams.text(cursor), PageRequest.limit(limit));
  }
}

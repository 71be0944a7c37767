package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.application.AdminService;
import com.cloudvista.payfast.ledger.application.LedgerQueries;
import com.cloudvista.payfast.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

  @Inject AdminService admin;

  @GET
  @Path("/wallets/{id}")
  @Operation(operationId = "adminGetWallet", summary = "Any wallet")
  public WalletResponse wallet(@PathParam("id") String id) {
    return WalletResponse.of(admin.wallet(id));
  }

  @POST
  @Path("/wallets/{id}/freeze")
  @Operation(
      operationId = "adminFreezeWallet",
      summary = "Freeze a wallet: it neither sends nor receives")
  public WalletResponse freeze(@PathParam("id") String id) {
    return WalletResponse.of(admin.freeze(id));
  }

  @POST
  @Path("/wallets/{id}/unfreeze")
  @Operation(operationId = "adminUnfreezeWallet", summary = "Unfreeze a wallet")
  public WalletResponse unfreeze(@PathParam("id") String id) {
    return WalletResponse.of(admin.unfreeze(id));
  }

  @GET
  @Path("/reconciliation")
  @Operation(
      operationId = "adminGetReconciliation",
      summary = "Ledger sums against stored balances, per currency, with every mismatch")
  public LedgerQueries.Reconciliation reconciliation() {
    return admin.reconcile();
  }
}

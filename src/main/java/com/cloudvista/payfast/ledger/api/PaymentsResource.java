package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.application.Commands;
import com.cloudvista.payfast.ledger.application.PaymentService;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Money movement")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(
    name = "oauth2",
    scopes = {"payfast/transactions.write"})
@RequiresScope(ScopeNames.TRANSACTIONS_WRITE)
public class PaymentsResource {

  @Inject MoneyMovement movement;
  @Inject PaymentService payments;

  @POST
  @RateLimited
  @Operation(
      operationId = "createPayment",
      summary = "Pay a merchant; capture:false places a hold (status PENDING)")
  @APIResponse(
      responseCode = "201",
      description = "The PAYMENT transaction (COMPLETED, or PENDING for a hold)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TransactionResponse.class)))
  public Response pay(
      @HeaderParam(IdempotencyKeys.HEADER) String key, @Valid @NotNull PaymentRequest request) {
    return movement.execute(
        "/api/v1/payments",
        key,
        request,
        actor ->
            payments.pay(
                actor,
                new Commands.Pay(
                    request.sourceWalletId(),
                    request.merchant(),
                    request.amount(),
                    request.currency(),
                    request.description(),
                    request.category(),
                    !Boolean.FALSE.equals(request.capture()))));
  }

  @POST
  @RateLimited
  @Path("/{id}/capture")
  @Operation(
      operationId = "capturePayment",
      summary = "Capture a hold (at most the held amount; the rest is released)")
  @APIResponse(
      responseCode = "201",
      description = "The PAYMENT, now COMPLETED with the captured amount",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TransactionResponse.class)))
  @APIResponse(
      responseCode = "409",
      description = "conflict: the hold is no longer open, or the amount is above it")
  @APIResponse(responseCode = "422", description = "hold_expired, wallet_frozen")
  public Response capture(
      @PathParam("id") String id,
      @HeaderParam(IdempotencyKeys.HEADER) String key,
      @Valid CaptureRequest request) {
    Long amount = request == null ? null : request.amount();
    return movement.execute(
        "/api/v1/payments/" + id + "/capture",
        key,
        request,
        actor -> payments.capture(actor, id, amount));
  }

  @POST
  @RateLimited
  @Path("/{id}/void")
  @Operation(
      operationId = "voidPayment",
      summary = "Void a hold: the reserved amount becomes available again")
  @APIResponse(
      responseCode = "201",
      description = "The PAYMENT, now VOIDED",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TransactionResponse.class)))
  @APIResponse(responseCode = "409", description = "conflict: the hold is no longer open")
  @RequestBody(
      required = false,
      description = "Nothing to send; an empty object {} is accepted and ignored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT, maxProperties = 0)))
  public Response voidHold(
      @PathParam("id") String id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
    return movement.execute(
        "/api/v1/payments/" + id + "/void", key, null, actor -> payments.voidPayment(actor, id));
  }
}

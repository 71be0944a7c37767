package com.cloudvista.payfast.testing.clients;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Transaction API's wallets, money movement and statements as a typed client, for one signed-in
 * user (MicroShed's {@code RestClientBuilder.withJwt}). Methods that return {@link Response} are
 * the ones whose headers or statuses the tests read (Location, ETag, 304, Idempotent-Replayed).
 */
@ApplicationPath("/api/v1")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface TransactionClient {

  record NewWallet(String currency, String name) {}

  record Wallet(
      UUID id,
      String name,
      String currency,
      long balance,
      long availableBalance,
      String status,
      Instant createdAt,
      Instant updatedAt) {}

  record Deposit(UUID walletId, long amount, String currency, String reference) {}

  /** To a wallet by id or to a person by e-mail (one of the two is null and left out). */
  record Transfer(
      UUID sourceWalletId,
      UUID destinationWalletId,
      String recipientEmail,
      long amount,
      String currency,
      String description,
      String category) {}

  record Transaction(
      UUID id,
      String type,
      String status,
      long amount,
      String currency,
      UUID sourceWalletId,
      UUID destinationWalletId,
      String description,
      String category,
      Instant createdAt) {}

  record StatementLine(
      UUID transactionId,
      String type,
      long amount,
      long balanceAfter,
      String currency,
      String description,
      String category,
      String counterparty,
      Instant createdAt) {}

  record StatementPage(List<StatementLine> data, String nextCursor) {}

  @POST
  @Path("wallets")
  @Consumes(MediaType.APPLICATION_JSON)
  Wallet createWallet(NewWallet request) throws ProblemException;

  @GET
  @Path("wallets/{id}")
  Response getWallet(@PathParam("id") UUID id);

  @GET
  @Path("wallets/{id}")
  Response getWalletIfNoneMatch(
      @PathParam("id") UUID id, @HeaderParam("If-None-Match") String etag);

  @POST
  @Path("deposits")
  @Consumes(MediaType.APPLICATION_JSON)
  Response deposit(@HeaderParam("Idempotency-Key") String idempotencyKey, Deposit request);

  @POST
  @Path("transfers")
  @Consumes(MediaType.APPLICATION_JSON)
  Transaction transfer(@HeaderParam("Idempotency-Key") String idempotencyKey, Transfer request)
      throws ProblemException;

  @GET
  @Path("wallets/{id}/transactions")
  StatementPage statement(
      @PathParam("id") UUID wallet,
      @QueryParam("limit") int limit,
      @QueryParam("cursor") String cursor)
      throws ProblemException;
}

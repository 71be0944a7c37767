package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.StatementService;
import com.cloudvista.payfast.expense.domain.StatementJob;
import com.cloudvista.payfast.platform.paging.Page;
import com.cloudvista.payfast.platform.paging.PageRequest;
import com.cloudvista.payfast.platform.security.Caller;
import com.cloudvista.payfast.platform.security.RequiresScope;
import com.cloudvista.payfast.platform.security.ScopeNames;
import com.cloudvista.payfast.platform.web.Params;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Files")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(
    name = "oauth2",
    scopes = {"payfast/reports.read"})
@RequiresScope(ScopeNames.REPORTS_READ)
public class StatementsResource {

  @Inject Caller caller;
  @Inject StatementService statements;

  @POST
  @Operation(
      operationId = "requestStatement",
      summary =
          "Export a wallet's statement for [from, to) as CSV or JSON to S3 (a background job)")
  @APIResponse(
      responseCode = "202",
      description = "Queued; follow it at Location",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = StatementResponse.class)))
  public Response create(@Valid @NotNull StatementRequest request, @Context UriInfo uri) {
    StatementJob job =
        statements.submit(
            caller.userId(),
            request.walletId(),
            Params.dateTime("from", request.from()),
            Params.dateTime("to", request.to()),
            request.format());
    return Response.accepted(StatementResponse.of(job))
        .location(uri.getAbsolutePathBuilder().path(job.id()).build())
        .build();
  }

  @GET
  @Operation(
      operationId = "listStatements",
      summary = "The caller's statements, newest first (keyset-paged)")
  public StatementResponse.PageResponse list(
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
    Page<StatementService.StatementView> page =
        statements.list(caller.userId(), Params.text(cursor), PageRequest.limit(limit));
    return new StatementResponse.PageResponse(
        page.data().stream().map(StatementResponse::of).toList(), page.nextCursor());
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getStatement",
      summary = "A statement; once READY with a presigned download (15 min)")
  @APIResponse(
      responseCode = "200",
      description = "The statement",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = StatementResponse.class)))
  public StatementResponse get(@PathParam("id") String id) {
    return StatementResponse.of(statements.get(caller.userId(), id));
  }
}

package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.ImportService;
import com.cloudvista.payfast.expense.domain.ImportJob;
import com.cloudvista.payfast.platform.security.Caller;
import com.cloudvista.payfast.platform.security.RequiresScope;
import com.cloudvista.payfast.platform.security.ScopeNames;
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

@Path("/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Files")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(
    name = "oauth2",
    scopes = {"payfast/transactions.write"})
@RequiresScope(ScopeNames.TRANSACTIONS_WRITE)
public class ImportsResource {

  @Inject Caller caller;
  @Inject ImportService imports;

  @POST
  @Operation(
      operationId = "importBankFile",
      summary =
          "Import an uploaded CSV or OFX bank file as manual expenses (outflows), or preview it with dryRun")
  @APIResponse(
      responseCode = "200",
      description = "dryRun: what the import would do; nothing changed",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ImportResponse.Preview.class)))
  @APIResponse(
      responseCode = "202",
      description = "Queued; follow it at Location (GET /imports/{id})",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ImportResponse.class)))
  public Response create(@Valid @NotNull ImportRequest request, @Context UriInfo uri) {
    ImportService.ImportCommand command =
        new ImportService.ImportCommand(
            request.uploadId(),
            request.format(),
            request.currency(),
            request.csv() == null ? null : request.csv().columns());
    if (Boolean.TRUE.equals(request.dryRun())) {
      return Response.ok(ImportResponse.Preview.of(imports.dryRun(caller.userId(), command)))
          .build();
    }
    ImportJob job = imports.submit(caller.userId(), command);
    return Response.accepted(ImportResponse.of(job))
        .location(uri.getAbsolutePathBuilder().path(job.id()).build())
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getImport", summary = "An import job of the caller's")
  @APIResponse(
      responseCode = "200",
      description = "The job",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ImportResponse.class)))
  public ImportResponse get(@PathParam("id") String id) {
    return ImportResponse.of(imports.get(caller.userId(), id));
  }
}

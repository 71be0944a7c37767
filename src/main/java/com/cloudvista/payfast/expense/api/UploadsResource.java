package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.UploadService;
import com.cloudvista.payfast.platform.security.Caller;
import com.cloudvista.payfast.platform.security.RequiresScope;
import com.cloudvista.payfast.platform.security.ScopeNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/uploads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Files")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(
    name = "oauth2",
    scopes = {"payfast/transactions.write"})
@RequiresScope(ScopeNames.TRANSACTIONS_WRITE)
public class UploadsResource {

  @Inject Caller caller;
  @Inject UploadService uploads;

  @POST
  @Operation(
      operationId = "createUpload",
      summary =
          "A presigned S3 PUT (15 min) for a receipt or a bank file; the file never passes through the API")
  @APIResponse(
      responseCode = "201",
      description = "PUT the file's bytes to uploadUrl with the headers given",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = UploadResponse.class)))
  public Response create(@Valid @NotNull UploadRequest request) {
    UploadService.NewUpload created =
        uploads.create(caller.userId(), request.purpose(), request.contentType(), request.size());
    return Response.status(Response.Status.CREATED).entity(UploadResponse.of(created)).build();
  }
}

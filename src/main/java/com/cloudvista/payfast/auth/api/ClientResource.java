package com.cloudvista.payfast.auth.api;

import com.cloudvista.payfast.auth.application.ClientService;
import com.cloudvista.payfast.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's machine clients. */
@Path("/clients")
@RequestScoped
@Tag(name = "Auth")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "oauth2", scopes = "openid")
@Produces(MediaType.APPLICATION_JSON)
public class ClientResource {

  @Inject ClientService clients;

  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createClient",
      summary = "Register a machine client owned by the caller (its secret is shown once)")
  @APIResponse(
      responseCode = "201",
      description = "The client with its secret (shown once)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CreatedClientResponse.class)))
  public Response create(@Valid @NotNull CreateClientRequest request) {
    caller.requireUser();
    var created = clients.register(caller.userId(), request.name(), request.scopes());
    return Response.created(URI.create("clients/" + created.clientId()))
        .header("Cache-Control", "no-store")
        .entity(CreatedClientResponse.of(created))
        .build();
  }

  @GET
  @Operation(operationId = "listClients", summary = "The caller's machine clients")
  public ClientListResponse list() {
    caller.requireUser();
    return new ClientListResponse(
        clients.list(caller.userId()).stream().map(ClientResponse::of).toList());
  }

  @DELETE
  @Path("/{clientId}")
  @Operation(operationId = "deleteClient", summary = "Delete one of the caller's machine clients")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("clientId") String clientId) {
    caller.requireUser();
    clients.delete(caller.userId(), clientId);
    return Response.noContent().build();
  }
}

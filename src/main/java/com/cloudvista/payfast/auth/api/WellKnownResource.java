package com.cloudvista.payfast.auth.api;

import com.cloudvista.payfast.auth.infrastructure.local.LocalIssuer;
import com.cloudvista.payfast.platform.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The local issuer's public keys and OpenID discovery document (what mpJwt and clients read). */
@Path("/.well-known")
@RequestScoped
@PublicEndpoint
@Tag(name = "Auth")
@Produces(MediaType.APPLICATION_JSON)
public class WellKnownResource {

  @Inject LocalIssuer issuer;

  @GET
  @Path("/jwks.json")
  @Operation(operationId = "getJwks", summary = "The issuer's public signing keys (JWKS)")
  @APIResponse(
      responseCode = "200",
      description = "The JWKS (RFC 7517)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = JwksResponse.class)))
  public Response jwks() {
    return Response.ok(issuer.jwks()).header("Cache-Control", "public, max-age=60").build();
  }

  @GET
  @Path("/openid-configuration")
  @Operation(
      operationId = "getOpenIdConfiguration",
      summary = "OpenID Connect discovery document of the issuer")
  @APIResponse(
      responseCode = "200",
      description = "The discovery document (OpenID Connect Discovery 1.0)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = OpenIdConfigurationResponse.class)))
  public Response discovery() {
    return Response.ok(issuer.discovery()).header("Cache-Control", "public, max-age=300").build();
  }
}

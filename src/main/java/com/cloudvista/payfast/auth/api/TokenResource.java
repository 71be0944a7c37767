package com.cloudvista.payfast.auth.api;

import com.cloudvista.payfast.auth.application.ClientCredentials;
import com.cloudvista.payfast.auth.application.TokenService;
import com.cloudvista.payfast.auth.application.TokenSet;
import com.cloudvista.payfast.auth.domain.OAuthException;
import com.cloudvista.payfast.platform.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OAuth2 token endpoint (RFC 6749) and revocation (RFC 7009); form-encoded, errors as RFC 6749
 * JSON.
 */
@Path("/oauth2")
@RequestScoped
@PublicEndpoint
@Tag(name = "Auth")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

  @Inject TokenService tokens;

  @Inject
  @ConfigProperty(name = "payfast.ratelimit.trusted-proxies")
  int trustedProxies;

  @Context HttpServletRequest request;
  @Context jakarta.servlet.http.HttpServletResponse servletResponse;

  @POST
  @Path("/token")
  @Operation(
      operationId = "issueToken",
      summary =
          "OAuth2 token endpoint: password, refresh_token and client_credentials grants (RFC 6749)")
  @APIResponse(
      responseCode = "200",
      description = "The tokens (Cache-Control: no-store)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TokenResponse.class)))
  public Response token(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                      schema = @Schema(implementation = TokenForm.class)))
          String body,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    FormBody form = FormBody.parse(body);
    Optional<ClientCredentials> basic = ClientCredentials.fromBasicHeader(authorization);
    String grantType = form.single("grant_type");
    String clientId = basic.map(ClientCredentials::clientId).orElse(form.single("client_id"));
    TokenSet issued =
        switch (grantType == null ? "" : grantType) {
          case "password" ->
              tokens.password(
                  clientId,
                  form.single("username"),
                  form.single("password"),
                  ClientAddress.of(request, trustedProxies));
          case "refresh_token" -> tokens.refresh(clientId, form.single("refresh_token"));
          case "client_credentials" ->
              tokens.clientCredentials(basic.orElse(null), form.single("scope"));
          case "" -> throw OAuthException.invalidRequest("Parameter grant_type is required.");
          default -> throw OAuthException.unsupportedGrantType(grantType);
        };
    return noStore(Response.ok(TokenResponse.of(issued)));
  }

  @POST
  @Path("/revoke")
  @Operation(
      operationId = "revokeToken",
      summary = "Revoke a refresh token and its rotated successors (RFC 7009)")
  @APIResponse(
      responseCode = "200",
      description = "Revoked (also for an unknown or already revoked token, RFC 7009)")
  public Response revoke(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                      schema = @Schema(implementation = RevokeForm.class)))
          String body,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    FormBody form = FormBody.parse(body);
    String clientId =
        ClientCredentials.fromBasicHeader(authorization)
            .map(ClientCredentials::clientId)
            .orElse(form.single("client_id"));
    tokens.revoke(clientId, form.single("token"));
    return noStore(Response.ok());
  }

  /**
   * Token answers are never cached. The container's MP-JWT check has already challenged the
   * client's {@code Authorization: Basic} header as if it were a bad bearer token; the OAuth
   * endpoints authenticate clients themselves, so that challenge is dropped.
   */
  private Response noStore(Response.ResponseBuilder response) {
    servletResponse.setHeader("WWW-Authenticate", null);
    return response.header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
  }
}

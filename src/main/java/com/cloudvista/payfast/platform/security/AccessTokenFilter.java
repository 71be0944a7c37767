package com.cloudvista.payfast.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The checks MicroProfile JWT does not make. mpJwt has already verified signature (JWKS), issuer
 * and expiry; this filter requires such a token on every endpoint not marked {@link
 * PublicEndpoint}, and refuses tokens that are not access tokens ({@code token_use}, e.g. an ID
 * token) or were issued to a client this service does not know ({@code client_id}, e.g. another app
 * client of the same Cognito pool). Runs first ({@code AUTHENTICATION}): without such a token the
 * answer is 401, before any permission is looked at ({@link DeclaredAccessFilter}).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AccessTokenFilter implements ContainerRequestFilter {

  @Context ResourceInfo resourceInfo;

  @Inject ClientDirectory clients;

  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic()) {
      return;
    }
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (!(principal instanceof JsonWebToken token) || token.getRawToken() == null) {
      throw new InvalidTokenException("A valid bearer access token is required.");
    }
    TokenClaims claims = caller.claims();
    check(claims.tokenUse(), claims.clientId());
  }

  /** The application-level rules on a signature-verified token. */
  void check(String tokenUse, String client) {
    if (!"access".equals(tokenUse)) {
      throw new InvalidTokenException(
          "Only access tokens are accepted (token_use must be access).");
    }
    if (client == null || client.isBlank() || !clients.isKnown(client)) {
      throw new InvalidTokenException("The token was issued to an unknown client.");
    }
  }

  private boolean isPublic() {
    if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
      return false;
    }
    return resourceInfo.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
        || resourceInfo.getResourceClass().isAnnotationPresent(PublicEndpoint.class);
  }
}

package com.cloudvista.payfast.platform.security;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The checks MicroProfile JWT does not make. mpJwt has already verified signature (JWKS), issuer
 * and expiry; this filter requires such a token on every endpoint not marked {@link
 * PublicEndpoint}, and refuses tokens that are not access tokens ({@code token_use}, e.g. an ID
 * token) or were issued to a client this service does not know ({@code client_id}, e.g. another app
 * client of the same Cognito pool).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AccessTokenFilter implements ContainerRequestFilter {

  @Context ResourceInfo resourceInfo;

  @Inject ClientDirectory clients;

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic()) {
      return;
    }
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (!(principal instanceof JsonWebToken token) || token.getRawToken() == null) {
      throw new InvalidTokenException("A valid bearer access token is required.");
    }
    check(token.getClaim("token_use"), token.getClaim("client_id"));
    requireScope(token);
  }

  /** {@link RequiresScope}: a machine-client token (no username) needs one of the listed scopes. */
  private void requireScope(JsonWebToken token) {
    RequiresScope required = requiredScope();
    if (required == null || token.getClaim("username") != null) {
      return;
    }
    List<String> scopes = Caller.parseScopes(stringOf(token.getClaim("scope")));
    if (Arrays.stream(required.value()).noneMatch(scopes::contains)) {
      throw new ProblemException(
          ErrorCode.FORBIDDEN,
          "This client lacks the scope " + String.join(" or ", required.value()) + ".");
    }
  }

  private RequiresScope requiredScope() {
    if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
      return null;
    }
    RequiresScope onMethod = resourceInfo.getResourceMethod().getAnnotation(RequiresScope.class);
    return onMethod != null
        ? onMethod
        : resourceInfo.getResourceClass().getAnnotation(RequiresScope.class);
  }

  /** The application-level rules on a signature-verified token. */
  void check(Object tokenUse, Object clientId) {
    if (!"access".equals(stringOf(tokenUse))) {
      throw new InvalidTokenException(
          "Only access tokens are accepted (token_use must be access).");
    }
    String client = stringOf(clientId);
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

  private static String stringOf(Object claim) {
    if (claim == null) {
      return null;
    }
    if (claim instanceof jakarta.json.JsonString json) {
      return json.getString();
    }
    return claim.toString();
  }
}

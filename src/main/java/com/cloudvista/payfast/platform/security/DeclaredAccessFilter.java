package com.cloudvista.payfast.platform.security;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who may call a resource method, as declared on it (or on its class; the method's annotation
 * replaces the class's): {@link RequiresScope} for machine clients, {@link RolesAllowed} for
 * groups. A refusal is a {@link ProblemException} (403 {@code forbidden} as problem+json, with the
 * request id), raised after {@link AccessTokenFilter} has answered 401 for a missing or bad token.
 *
 * <p>Roles are mpJwt's: {@link SecurityContext#isUserInRole} holds for each {@code cognito:groups}
 * entry ({@code groupNameAttribute} in server.xml). A machine client (a client-credentials token,
 * no {@code username}) never holds a role, whatever its token says. Liberty enforces
 * {@code @RolesAllowed} on JAX-RS resources as well (its {@code LibertyAuthFilter}, at {@code
 * AUTHORIZATION + 1}, from the auto feature for restfulWS with mpJwt); this filter runs before it,
 * so the answer is always the one problem shape and the machine-client rule holds even if that
 * feature were left out.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class DeclaredAccessFilter implements ContainerRequestFilter {

  @Context ResourceInfo resourceInfo;

  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
      return;
    }
    RolesAllowed roles = declared(RolesAllowed.class);
    RequiresScope scopes = declared(RequiresScope.class);
    if (roles == null && scopes == null) {
      return;
    }
    SecurityContext security = request.getSecurityContext();
    if (!(security.getUserPrincipal() instanceof JsonWebToken)) {
      throw new InvalidTokenException("A valid bearer access token is required.");
    }
    TokenClaims claims = caller.claims();
    boolean machineClient = claims.isMachineClient();
    List<String> granted = scopesOf(claims.scope());
    String refusal =
        refusal(
            scopes == null ? null : scopes.value(),
            roles == null ? null : roles.value(),
            machineClient,
            granted,
            security::isUserInRole);
    if (refusal != null) {
      throw new ProblemException(ErrorCode.FORBIDDEN, refusal);
    }
  }

  /**
   * Why the caller may not call the method, or null when it may. A machine client needs one of the
   * {@code scopes} (users hold every permission of their own) and never holds a role; a user needs
   * one of the {@code roles}.
   */
  static String refusal(
      String[] scopes,
      String[] roles,
      boolean machineClient,
      List<String> grantedScopes,
      Predicate<String> inRole) {
    if (scopes != null
        && machineClient
        && Arrays.stream(scopes).noneMatch(grantedScopes::contains)) {
      return "This client lacks the scope " + String.join(" or ", scopes) + ".";
    }
    if (roles != null && (machineClient || Arrays.stream(roles).noneMatch(inRole))) {
      return "Only group " + String.join(" or ", roles) + " may do this.";
    }
    return null;
  }

  private <A extends Annotation> A declared(Class<A> type) {
    A onMethod = resourceInfo.getResourceMethod().getAnnotation(type);
    return onMethod != null ? onMethod : resourceInfo.getResourceClass().getAnnotation(type);
  }

  /** The scopes of an OAuth2 {@code scope} claim (space-separated). */
  static List<String> scopesOf(String scope) {
    return scope == null || scope.isBlank() ? List.of() : Arrays.asList(scope.trim().split("\\s+"));
  }
}

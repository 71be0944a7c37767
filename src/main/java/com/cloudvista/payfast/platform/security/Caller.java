package com.cloudvista.payfast.platform.security;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated caller of the current request, read from the verified access token. A user
 * token acts for its subject with every permission of that user; a machine-client token acts for
 * the client's owner (claim {@code sub} is the owner's id) limited to its {@code scope}s.
 */
@RequestScoped
public class Caller {

  public static final String ADMIN_GROUP = "admin";

  @Inject JsonWebToken token;

  /** The user id (token {@code sub}); never the email. */
  public String userId() {
    String subject = token == null ? null : token.getSubject();
    if (subject == null || subject.isBlank()) {
      throw new ProblemException(ErrorCode.UNAUTHORIZED, "A valid access token is required.");
    }
    return subject;
  }

  public String clientId() {
    return token.getClaim("client_id");
  }

  public Set<String> groups() {
    Object groups = token.getClaim("cognito:groups");
    if (groups instanceof Collection<?> values) {
      return values.stream().map(v -> String.valueOf(v).replace("\"", "")).collect(Collectors.toSet());
    }
    if (groups instanceof jakarta.json.JsonArray array) {
      return array.getValuesAs(jakarta.json.JsonString.class).stream()
          .map(jakarta.json.JsonString::getString)
          .collect(Collectors.toSet());
    }
    return Set.of();
  }

  public List<String> scopes() {
    String scope = token.getClaim("scope");
    return scope == null || scope.isBlank() ? List.of() : Arrays.asList(scope.trim().split("\\s+"));
  }

  /** True for a client-credentials token (no user signed in; {@code token_use} access, no username). */
  public boolean isMachineClient() {
    return token.getClaim("username") == null;
  }

  public boolean isAdmin() {
    return !isMachineClient() && groups().contains(ADMIN_GROUP);
  }

  /** Machine clients need the scope; user tokens carry every permission of their user. */
  public void requireScope(String scope) {
    if (isMachineClient() && !scopes().contains(scope)) {
      throw new ProblemException(ErrorCode.FORBIDDEN, "This client lacks the scope " + scope + ".");
    }
  }

  public void requireAdmin() {
    if (!isAdmin()) {
      throw new ProblemException(ErrorCode.FORBIDDEN, "Only group admin may do this.");
    }
  }
}

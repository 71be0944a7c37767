package com.cloudvista.payfast.auth.domain;

import com.cloudvista.payfast.platform.security.ScopeNames;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The OAuth2 scopes a machine client may hold (the Cognito resource server {@code payfast}). */
public final class Scopes {

  public static final Set<String> MACHINE =
      Set.of(
          ScopeNames.WALLETS_READ,
          ScopeNames.TRANSACTIONS_READ,
          ScopeNames.TRANSACTIONS_WRITE,
          ScopeNames.REPORTS_READ);

  /**
   * What Cognito puts in access tokens from InitiateAuth; users hold every permission of their own.
   */
  public static final String USER = "aws.cognito.signin.user.admin";

  private Scopes() {}

  public static boolean isMachineScope(String scope) {
    return MACHINE.contains(scope);
  }

  /** Parses a space-separated {@code scope} parameter, keeping order and dropping duplicates. */
  public static List<String> parse(String scope) {
    if (scope == null || scope.isBlank()) {
      return List.of();
    }
    return List.copyOf(new LinkedHashSet<>(List.of(scope.trim().split("\\s+"))));
  }

  public static String join(Collection<String> scopes) {
    return String.join(" ", scopes);
  }
}

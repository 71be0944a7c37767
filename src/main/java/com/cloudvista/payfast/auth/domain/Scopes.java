package com.cloudvista.payfast.auth.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The OAuth2 scopes a machine client may hold (the Cognito resource server {@code payfast}). */
public final class Scopes {

  public static final String WALLETS_READ = "payfast/wallets.read";
  public static final String TRANSACTIONS_READ = "payfast/transactions.read";
  public static final String TRANSACTIONS_WRITE = "payfast/transactions.write";
  public static final String REPORTS_READ = "payfast/reports.read";

  public static final Set<String> MACHINE =
      Set.of(WALLETS_READ, TRANSACTIONS_READ, TRANSACTIONS_WRITE, REPORTS_READ);

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

package com.cloudvista.payfast.platform.security;

/**
 * The OAuth2 scopes of the public contract, named once: machine clients are granted them (auth) and
 * {@link RequiresScope} asks for them (ledger, expense).
 */
public final class ScopeNames {

  public static final String WALLETS_READ = "payfast/wallets.read";
  public static final String TRANSACTIONS_READ = "payfast/transactions.read";
  public static final String TRANSACTIONS_WRITE = "payfast/transactions.write";
  public static final String REPORTS_READ = "payfast/reports.read";

  private ScopeNames() {}
}

package com.cloudvista.payfast.app;

import com.cloudvista.payfast.audit.api.AuditResource;
import com.cloudvista.payfast.expense.api.ExpenseResources;
import com.cloudvista.payfast.ledger.api.TransactionResources;
import com.cloudvista.payfast.platform.config.Modules;
import com.cloudvista.payfast.platform.json.JsonTextWriter;
import com.cloudvista.payfast.platform.json.StrictJsonReader;
import com.cloudvista.payfast.platform.web.Providers;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Transaction API at /api/v1, assembled from the ledger, expense and audit contexts; its
 * resources are served only where {@code payfast.modules} has transactions. Also carries the
 * OpenAPI definition of the whole service.
 */
@LoginConfig(authMethod = "MP-JWT")
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "PayFast Wallet API",
            version = "1.0",
            license = @License(name = "Proprietary", identifier = "LicenseRef-Proprietary"),
            description =
                "Digital wallet, payments and expense tracking. Errors are RFC 9457 problem+json"
                    + " with a stable `code`; money-moving POSTs need an `Idempotency-Key`."),
    servers = @Server(url = "/", description = "This server"),
    tags = {
      @Tag(name = "Auth", description = "Users, OAuth2 tokens and machine clients (/auth/v1)"),
      @Tag(name = "Wallets", description = "Wallets and statements"),
      @Tag(
          name = "Money movement",
          description = "Deposits, withdrawals, transfers, payments, holds, reversals"),
      @Tag(name = "Transactions", description = "Search and annotate transactions"),
      @Tag(name = "Expenses", description = "Categories, manual expenses, budgets, reports"),
      @Tag(
          name = "Files",
          description =
              "Uploads (presigned S3 PUT), receipts, bank-file imports, statement exports"),
      @Tag(name = "Admin", description = "Freeze, reconciliation, audit (group admin)")
    })
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "Cognito-shaped RS256 access token")
@SecurityScheme(
    securitySchemeName = "oauth2",
    type = SecuritySchemeType.OAUTH2,
    description = "OAuth2 token endpoint of the Auth API",
    flows =
        @OAuthFlows(
            password =
                @OAuthFlow(
                    tokenUrl = "/auth/v1/oauth2/token",
                    refreshUrl = "/auth/v1/oauth2/token",
                    scopes = @OAuthScope(name = "openid", description = "The user's own identity")),
            clientCredentials =
                @OAuthFlow(
                    tokenUrl = "/auth/v1/oauth2/token",
                    scopes = {
                      @OAuthScope(name = "payfast/wallets.read", description = "Read wallets"),
                      @OAuthScope(
                          name = "payfast/transactions.read",
                          description = "Read transactions"),
                      @OAuthScope(name = "payfast/transactions.write", description = "Move money"),
                      @OAuthScope(
                          name = "payfast/reports.read",
                          description = "Read reports and statements")
                    })))
public class TransactionApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(Providers.errorMappers());
    classes.addAll(Providers.filters());
    classes.add(StrictJsonReader.class);
    classes.add(JsonTextWriter.class);
    if (Modules.enabled(Modules.TRANSACTIONS)) {
      classes.addAll(resources());
    }
    return classes;
  }

  /** The resources of the Transaction API, whether or not this instance serves them. */
  public static Set<Class<?>> resources() {
    Set<Class<?>> resources = new HashSet<>(TransactionResources.all());
    // The audit status page belongs to the Transaction API; audit registers it here, not in ledger.
    resources.add(AuditResource.class);
    resources.addAll(ExpenseResources.all());
    return resources;
  }
}

package com.cloudvista.payfast.auth.infrastructure.cognito;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where the user pool is: {@code payfast.auth.cognito.*} (env {@code PAYFAST_AUTH_COGNITO_*}). The
 * client secret is optional (public app clients have none); the endpoint override points the SDK at
 * a stub in tests; the domain is the pool's OAuth2 domain for client-credentials tokens.
 */
public record CognitoSettings(
    String region,
    String userPoolId,
    String clientId,
    Optional<String> clientSecret,
    Optional<URI> domain,
    Optional<URI> endpoint) {

  public CognitoSettings {
    Objects.requireNonNull(region, "payfast.auth.cognito.region");
    Objects.requireNonNull(userPoolId, "payfast.auth.cognito.user-pool-id");
    Objects.requireNonNull(clientId, "payfast.auth.cognito.client-id");
  }

  public static CognitoSettings from(Config config) {
    return new CognitoSettings(
        required(config, "payfast.auth.cognito.region"),
        required(config, "payfast.auth.cognito.user-pool-id"),
        required(config, "payfast.auth.cognito.client-id"),
        optional(config, "payfast.auth.cognito.client-secret"),
        optional(config, "payfast.auth.cognito.domain").map(CognitoSettings::withScheme),
        optional(config, "payfast.auth.cognito.endpoint").map(URI::create));
  }

  /** The pool's issuer, what mpJwt must be configured with in cognito mode. */
  public String issuer() {
    return "https://cognito-idp." + region + ".amazonaws.com/" + userPoolId;
  }

  private static URI withScheme(String domain) {
    String trimmed = domain.trim();
    if (!trimmed.startsWith("http://") && !trimmed.startsWith("https://")) {
      trimmed = "https://" + trimmed;
    }
    return URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
  }

  private static String required(Config config, String key) {
    return optional(config, key)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "payfast.auth.provider=cognito needs "
                        + key
                        + " (env "
                        + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_')
                        + ")"));
  }

  private static Optional<String> optional(Config config, String key) {
    return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
  }
}

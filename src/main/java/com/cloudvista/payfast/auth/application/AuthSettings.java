package com.cloudvista.payfast.auth.application;

import com.cloudvista.payfast.auth.domain.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code payfast.auth.*} settings (every one overridable by environment, see docs/auth.md). */
@ApplicationScoped
public class AuthSettings {

  @Inject
  @ConfigProperty(name = "payfast.auth.provider")
  String provider;

  @Inject
  @ConfigProperty(name = "payfast.auth.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "payfast.public-url")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "payfast.auth.local.client-id")
  String localClientId;

  @Inject
  @ConfigProperty(name = "payfast.auth.app-client-ids")
  Optional<String> extraAppClientIds;

  @Inject
  @ConfigProperty(name = "payfast.auth.access-token-ttl")
  Duration accessTokenTtl;

  @Inject
  @ConfigProperty(name = "payfast.auth.refresh-token-ttl")
  Duration refreshTokenTtl;

  @Inject
  @ConfigProperty(name = "payfast.auth.key-rotation-interval")
  Duration keyRotationInterval;

  @Inject
  @ConfigProperty(name = "payfast.auth.admin-emails")
  Optional<String> adminEmails;

  @Inject
  @ConfigProperty(name = "payfast.auth.password.min-length")
  int passwordMinLength;

  @Inject
  @ConfigProperty(name = "payfast.auth.password.require-uppercase")
  boolean passwordUppercase;

  @Inject
  @ConfigProperty(name = "payfast.auth.password.require-lowercase")
  boolean passwordLowercase;

  @Inject
  @ConfigProperty(name = "payfast.auth.password.require-digit")
  boolean passwordDigit;

  @Inject
  @ConfigProperty(name = "payfast.auth.password.require-symbol")
  boolean passwordSymbol;

  public boolean isCognito() {
    return "cognito".equalsIgnoreCase(provider.trim());
  }

  /** The {@code iss} of local tokens; must equal mpJwt's issuer. */
  public String issuer() {
    return issuer
        .filter(s -> !s.isBlank())
        .map(String::trim)
        .orElse(stripSlash(publicUrl) + "/auth/v1");
  }

  public String localClientId() {
    return localClientId.trim();
  }

  /** Further app clients whose tokens are accepted (e.g. a mobile app client of the same pool). */
  public Set<String> extraAppClientIds() {
    return csv(extraAppClientIds.orElse(""), false);
  }

  public Duration accessTokenTtl() {
    return accessTokenTtl;
  }

  public Duration refreshTokenTtl() {
    return refreshTokenTtl;
  }

  /** Zero: rotate only on request (admin endpoint). */
  public Duration keyRotationInterval() {
    return keyRotationInterval;
  }

  public Set<String> adminEmails() {
    return csv(adminEmails.orElse(""), true);
  }

  public PasswordPolicy passwordPolicy() {
    return new PasswordPolicy(
        passwordMinLength, passwordUppercase, passwordLowercase, passwordDigit, passwordSymbol);
  }

  private static Set<String> csv(String value, boolean lowerCase) {
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(s -> lowerCase ? s.toLowerCase(Locale.ROOT) : s)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String stripSlash(String url) {
    String trimmed = url.trim();
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}

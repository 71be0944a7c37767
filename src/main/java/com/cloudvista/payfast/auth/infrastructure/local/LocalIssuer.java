package com.cloudvista.payfast.auth.infrastructure.local;

import com.cloudvista.payfast.auth.application.AuthSettings;
import com.cloudvista.payfast.auth.domain.Scopes;
import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the local issuer publishes (JWKS, OpenID discovery) and its key rotation. In cognito mode
 * the pool publishes these, so they answer 404 here.
 */
@ApplicationScoped
public class LocalIssuer {

  @Inject AuthSettings settings;

  @Inject SigningKeys keys;

  public Map<String, Object> jwks() {
    requireLocal();
    return keys.publicKeys().toJSONObject(true);
  }

  public Map<String, Object> discovery() {
    requireLocal();
    String issuer = settings.issuer();
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("issuer", issuer);
    document.put("jwks_uri", issuer + "/.well-known/jwks.json");
    document.put("token_endpoint", issuer + "/oauth2/token");
    document.put("revocation_endpoint", issuer + "/oauth2/revoke");
    document.put(
        "grant_types_supported", List.of("password", "refresh_token", "client_credentials"));
    document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "none"));
    document.put("response_types_supported", List.of("token"));
    document.put("subject_types_supported", List.of("public"));
    document.put("id_token_signing_alg_values_supported", List.of("RS256"));
    document.put(
        "scopes_supported",
        Stream.concat(Stream.of("openid", Scopes.USER), Scopes.MACHINE.stream().sorted()).toList());
    return document;
  }

  /** Starts signing with a new key; returns its kid. */
  public String rotate() {
    requireLocal();
    return keys.rotate();
  }

  private void requireLocal() {
    if (settings.isCognito()) {
      throw new ProblemException(
          ErrorCode.NOT_FOUND, "The Cognito user pool publishes the keys of this issuer.");
    }
  }
}

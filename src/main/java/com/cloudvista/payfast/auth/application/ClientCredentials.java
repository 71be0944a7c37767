package com.cloudvista.payfast.auth.application;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** A client id and secret from an HTTP Basic {@code Authorization} header (RFC 6749 §2.3.1). */
public record ClientCredentials(String clientId, String secret) {

  @Override
  public String toString() {
    return "ClientCredentials[" + clientId + "]";
  }

  /**
   * Empty when the header is absent, not Basic, or Basic with an empty id and secret; other
   * malformed Basic values are refused.
   */
  public static Optional<ClientCredentials> fromBasicHeader(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw com.cloudvista.payfast.auth.domain.OAuthException.invalidClient(
          "Malformed Basic credentials.");
    }
    if (decoded.equals(":")) {
      // What Swagger UI's Authorize sends with its client fields left empty: no client
      // authentication, so the grant goes to the public client as if no header had been sent.
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      throw com.cloudvista.payfast.auth.domain.OAuthException.invalidClient(
          "Malformed Basic credentials.");
    }
    // RFC 6749 §2.3.1: both parts are form-urlencoded before Base64.
    return Optional.of(
        new ClientCredentials(
            java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
            java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)));
  }
}

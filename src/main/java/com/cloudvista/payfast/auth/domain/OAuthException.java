package com.cloudvista.payfast.auth.domain;

import java.util.Map;
import java.util.Objects;

/**
 * A refusal of the OAuth2 endpoints, answered as RFC 6749 §5.2 JSON ({@code error}, {@code
 * error_description}) rather than problem+json.
 */
public class OAuthException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String error;
  private final int status;
  private final transient Map<String, String> headers;

  public OAuthException(int status, String error, String description, Map<String, String> headers) {
    super(description);
    this.status = status;
    this.error = Objects.requireNonNull(error);
    this.headers = Map.copyOf(headers);
  }

  public static OAuthException invalidRequest(String description) {
    return new OAuthException(400, "invalid_request", description, Map.of());
  }

  public static OAuthException invalidGrant(String description) {
    return new OAuthException(400, "invalid_grant", description, Map.of());
  }

  public static OAuthException invalidScope(String description) {
    return new OAuthException(400, "invalid_scope", description, Map.of());
  }

  public static OAuthException unsupportedGrantType(String grantType) {
    return new OAuthException(
        400, "unsupported_grant_type", "grant_type " + grantType + " is not supported.", Map.of());
  }

  public static OAuthException unauthorizedClient(String description) {
    return new OAuthException(400, "unauthorized_client", description, Map.of());
  }

  /** RFC 6749: 401 with a Basic challenge when the client authenticated with HTTP Basic. */
  public static OAuthException invalidClient(String description) {
    return new OAuthException(
        401, "invalid_client", description, Map.of("WWW-Authenticate", "Basic realm=\"payfast\""));
  }

  public static OAuthException rateLimited(long retryAfterSeconds) {
    return new OAuthException(
        429,
        "rate_limited",
        "Too many failed sign-in attempts; retry after " + retryAfterSeconds + " seconds.",
        Map.of("Retry-After", Long.toString(retryAfterSeconds)));
  }

  public static OAuthException temporarilyUnavailable(String description) {
    return new OAuthException(
        503, "temporarily_unavailable", description, Map.of("Retry-After", "2"));
  }

  public String error() {
    return error;
  }

  public int status() {
    return status;
  }

  public Map<String, String> headers() {
    return headers;
  }
}

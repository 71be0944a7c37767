package com.cloudvista.payfast.auth.api;

import com.cloudvista.payfast.auth.application.TokenSet;
import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** RFC 6749 §5.1 token response; absent parts are left out. */
@JsonbPropertyOrder({
  "access_token",
  "token_type",
  "expires_in",
  "refresh_token",
  "id_token",
  "scope"
})
public record TokenResponse(
    @JsonbProperty("access_token") String accessToken,
    @JsonbProperty("token_type") String tokenType,
    @JsonbProperty("expires_in") long expiresIn,
    @JsonbProperty("refresh_token") @Nullable String refreshToken,
    @JsonbProperty("id_token") @Nullable String idToken,
    @JsonbProperty("scope") @Nullable String scope) {

  static TokenResponse of(TokenSet tokens) {
    return new TokenResponse(
        tokens.accessToken(),
        "Bearer",
        tokens.expiresIn(),
        tokens.refreshToken(),
        tokens.idToken(),
        tokens.scope());
  }
}

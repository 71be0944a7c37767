package com.cloudvista.payfast.auth.application;

import com.cloudvista.payfast.auth.domain.OAuthException;
import com.cloudvista.payfast.auth.domain.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The OAuth2 token endpoint's grants and RFC 7009 revocation, with sign-in throttling. */
@ApplicationScoped
public class TokenService {

  @Inject IdentityProvider provider;

  @Inject LoginThrottle throttle;

  /** A resource-owner password grant; failures count towards the username's and the IP's limits. */
  public TokenSet password(String clientId, String username, String password, String clientIp) {
    require(username, "username");
    require(password, "password");
    throttle.checkAllowed(username, clientIp);
    try {
      TokenSet tokens =
          provider.passwordGrant(clientOrDefault(clientId), username.trim(), password);
      return tokens;
    } catch (OAuthException e) {
      if ("invalid_grant".equals(e.error())) {
        throttle.failed(username, clientIp);
      }
      throw e;
    }
  }

  public TokenSet refresh(String clientId, String refreshToken) {
    require(refreshToken, "refresh_token");
    return provider.refreshGrant(clientOrDefault(clientId), refreshToken);
  }

  public TokenSet clientCredentials(ClientCredentials credentials, String scope) {
    if (credentials == null) {
      throw OAuthException.invalidClient(
          "client_credentials needs HTTP Basic client authentication.");
    }
    return provider.clientCredentialsGrant(
        credentials.clientId(), credentials.secret(), Scopes.parse(scope));
  }

  public void revoke(String clientId, String token) {
    require(token, "token");
    provider.revoke(clientOrDefault(clientId), token);
  }

  private String clientOrDefault(String clientId) {
    return clientId == null || clientId.isBlank() ? provider.defaultClientId() : clientId.trim();
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw OAuthException.invalidRequest("Parameter " + name + " is required.");
    }
  }
}

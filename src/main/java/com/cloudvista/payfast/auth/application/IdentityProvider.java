package com.cloudvista.payfast.auth.application;

import java.util.List;

/**
 * Where users, passwords and tokens live: this application ({@code local}) or an Amazon Cognito
 * user pool ({@code cognito}). Failures of grants surface as {@code OAuthException}s, others as
 * {@code ProblemException}s with contract codes.
 */
public interface IdentityProvider {

  UserProfile signUp(SignUp signUp);

  void confirm(String email, String code);

  /** The profile of the user a verified access token belongs to. */
  UserProfile profile(String userId, String accessToken);

  TokenSet passwordGrant(String clientId, String username, String password);

  TokenSet refreshGrant(String clientId, String refreshToken);

  TokenSet clientCredentialsGrant(String clientId, String clientSecret, List<String> scopes);

  /** RFC 7009: revokes a refresh token and its rotated successors; unknown tokens are ignored. */
  void revoke(String clientId, String token);

  /** Creates a machine client owned by the user and records it in the client repository. */
  RegisteredClient createMachineClient(String ownerId, String name, List<String> scopes);

  /** Deletes the owner's client; false when the owner has no such client. */
  boolean deleteMachineClient(String ownerId, String clientId);

  /** The app client a password grant uses when the request names none. */
  String defaultClientId();

  /** App clients of this service (not machine clients). */
  boolean isAppClient(String clientId);
}

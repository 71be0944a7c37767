package com.cloudvista.payfast.auth.infrastructure.cognito;

import com.cloudvista.payfast.auth.application.IdentityProvider;
import com.cloudvista.payfast.auth.application.RegisteredClient;
import com.cloudvista.payfast.auth.application.SignUp;
import com.cloudvista.payfast.auth.application.TokenSet;
import com.cloudvista.payfast.auth.application.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.List;

/** Placeholder; replaced below. */
@ApplicationScoped
@Typed(CognitoIdentityProvider.class)
public class CognitoIdentityProvider implements IdentityProvider {
  public UserProfile signUp(SignUp signUp) { throw new UnsupportedOperationException(); }
  public void confirm(String email, String code) { throw new UnsupportedOperationException(); }
  public UserProfile profile(String userId, String accessToken) { throw new UnsupportedOperationException(); }
  public TokenSet passwordGrant(String clientId, String username, String password) { throw new UnsupportedOperationException(); }
  public TokenSet refreshGrant(String clientId, String refreshToken) { throw new UnsupportedOperationException(); }
  public TokenSet clientCredentialsGrant(String clientId, String clientSecret, List<String> scopes) { throw new UnsupportedOperationException(); }
  public void revoke(String clientId, String token) { throw new UnsupportedOperationException(); }
  public RegisteredClient createMachineClient(String ownerId, String name, List<String> scopes) { throw new UnsupportedOperationException(); }
  public boolean deleteMachineClient(String ownerId, String clientId) { throw new UnsupportedOperationException(); }
  public String defaultClientId() { return ""; }
  public boolean isAppClient(String clientId) { return false; }
}

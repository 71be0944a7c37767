package com.cloudvista.payfast.auth.infrastructure.local;

import com.cloudvista.payfast.auth.application.AuthSettings;
import com.cloudvista.payfast.auth.application.IdentityProvider;
import com.cloudvista.payfast.auth.application.RegisteredClient;
import com.cloudvista.payfast.auth.application.SignUp;
import com.cloudvista.payfast.auth.application.TokenSet;
import com.cloudvista.payfast.auth.application.UserProfile;
import com.cloudvista.payfast.auth.domain.MachineClient;
import com.cloudvista.payfast.auth.domain.MachineClientRepository;
import com.cloudvista.payfast.auth.domain.OAuthException;
import com.cloudvista.payfast.auth.domain.Scopes;
import com.cloudvista.payfast.auth.domain.User;
import com.cloudvista.payfast.auth.domain.UserRepository;
import com.cloudvista.payfast.auth.domain.UserStatus;
import com.cloudvista.payfast.auth.infrastructure.Secrets;
import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import com.cloudvista.payfast.platform.security.Roles;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application as its own Cognito-compatible identity provider: users with PBKDF2 password
 * hashes, RS256 tokens signed with the database-held keys, rotating refresh tokens, and machine
 * clients with hashed secrets. Local users are confirmed at sign-up.
 */
@ApplicationScoped
@Typed(LocalIdentityProvider.class)
public class LocalIdentityProvider implements IdentityProvider {

  private static final String WRONG_CREDENTIALS = "Incorrect username or password.";

  @Inject AuthSettings settings;
  @Inject UserRepository users;
  @Inject MachineClientRepository clients;
  @Inject JpaRefreshTokens refreshTokens;
  @Inject SigningKeys keys;

  @Inject
  @ConfigProperty(name = "payfast.auth.password.pbkdf2-iterations")
  int iterations;

  private final Clock clock = Clock.systemUTC();

  private Pbkdf2PasswordHasher hasher() {
    return new Pbkdf2PasswordHasher(iterations);
  }

  private LocalTokenIssuer issuer() {
    return new LocalTokenIssuer(settings.issuer(), settings.accessTokenTtl(), clock);
  }

  @Override
  public UserProfile signUp(SignUp signUp) {
    User user =
        new User(
            UUID.randomUUID().toString(),
            signUp.email(),
            signUp.displayName(),
            hasher().hash(signUp.password()),
            UserStatus.CONFIRMED,
            clock.instant());
    users.add(user);
    return profileOf(user);
  }

  /**
   * Local users are active at sign-up: confirming is a no-op that never reveals whether the e-mail
   * exists.
   */
  @Override
  public void confirm(String email, String code) {
    // nothing to confirm
  }

  @Override
  public UserProfile profile(String userId, String accessToken) {
    return users
        .find(userId)
        .map(this::profileOf)
        .orElseThrow(() -> new ProblemException(ErrorCode.NOT_FOUND, "The user no longer exists."));
  }

  @Override
  public TokenSet passwordGrant(String clientId, String username, String password) {
    requireAppClient(clientId);
    Optional<User> found = users.findByEmail(username);
    if (found.isEmpty()) {
      hasher().burn(password);
      throw OAuthException.invalidGrant(WRONG_CREDENTIALS);
    }
    User user = found.get();
    if (!hasher().verify(password, user.passwordHash())) {
      throw OAuthException.invalidGrant(WRONG_CREDENTIALS);
    }
    if (!user.canSignIn()) {
      throw OAuthException.invalidGrant("User is not confirmed.");
    }
    Instant authTime = clock.instant();
    String refresh =
        refreshTokens.issue(
            user.id(), clientId, authTime, authTime.plus(settings.refreshTokenTtl()));
    return userTokens(user, clientId, authTime, refresh);
  }

  @Override
  public TokenSet refreshGrant(String clientId, String refreshToken) {
    requireAppClient(clientId);
    String successor = Secrets.opaqueToken();
    RefreshOutcome outcome = refreshTokens.rotate(refreshToken, successor, clientId);
    if (outcome instanceof RefreshOutcome.Rotated rotated) {
      User user =
          users
              .find(rotated.userId())
              .filter(User::canSignIn)
              .orElseThrow(() -> OAuthException.invalidGrant("Refresh Token has been revoked"));
      return userTokens(user, clientId, rotated.authTime(), successor);
    }
    if (outcome instanceof RefreshOutcome.Reused) {
      throw OAuthException.invalidGrant("Refresh Token has been revoked");
    }
    throw OAuthException.invalidGrant("Invalid Refresh Token");
  }

  @Override
  public TokenSet clientCredentialsGrant(
      String clientId, String clientSecret, List<String> scopes) {
    MachineClient client =
        clients
            .find(clientId)
            .filter(c -> Secrets.constantTimeEquals(c.secretHash(), Secrets.sha256(clientSecret)))
            .orElseThrow(() -> OAuthException.invalidClient("Client authentication failed."));
    List<String> granted = scopes.isEmpty() ? client.scopes() : scopes;
    for (String scope : granted) {
      if (!client.scopes().contains(scope)) {
        throw OAuthException.invalidScope("The client is not allowed the scope " + scope + ".");
      }
    }
    RSAKey key = keys.signingKey();
    String scope = Scopes.join(granted);
    String accessToken = issuer().clientAccessToken(key, clientId, scope);
    return new TokenSet(accessToken, settings.accessTokenTtl().toSeconds(), null, null, scope);
  }

  @Override
  public void revoke(String clientId, String token) {
    refreshTokens.revoke(token, clientId);
  }

  @Override
  public RegisteredClient createMachineClient(String ownerId, String name, List<String> scopes) {
    String clientId = Secrets.clientId();
    String secret = Secrets.opaqueToken();
    clients.add(
        new MachineClient(
            clientId, ownerId, name, Secrets.sha256(secret), scopes, clock.instant()));
    return new RegisteredClient(clientId, secret, name, scopes);
  }

  @Override
  public boolean deleteMachineClient(String ownerId, String clientId) {
    return clients.remove(ownerId, clientId);
  }

  @Override
  public String defaultClientId() {
    return settings.localClientId();
  }

  @Override
  public boolean isAppClient(String clientId) {
    return settings.localClientId().equals(clientId)
        || settings.extraAppClientIds().contains(clientId);
  }

  private void requireAppClient(String clientId) {
    if (!isAppClient(clientId)) {
      throw OAuthException.invalidClient("Unknown client " + clientId + ".");
    }
  }

  private TokenSet userTokens(User user, String clientId, Instant authTime, String refreshToken) {
    RSAKey key = keys.signingKey();
    List<String> groups = groupsOf(user);
    LocalTokenIssuer issuer = issuer();
    return new TokenSet(
        issuer.userAccessToken(key, user, clientId, groups, Scopes.USER, authTime),
        settings.accessTokenTtl().toSeconds(),
        refreshToken,
        issuer.idToken(key, user, clientId, groups, authTime),
        null);
  }

  private List<String> groupsOf(User user) {
    return settings.adminEmails().contains(user.email().toLowerCase(Locale.ROOT))
        ? List.of(Roles.ADMIN)
        : List.of();
  }

  private UserProfile profileOf(User user) {
    return new UserProfile(
        user.id(), user.email(), user.displayName(), user.status().name(), groupsOf(user));
  }
}

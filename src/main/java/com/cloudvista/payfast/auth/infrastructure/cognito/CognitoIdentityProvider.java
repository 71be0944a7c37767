package com.cloudvista.payfast.auth.infrastructure.cognito;

import com.cloudvista.payfast.auth.application.IdentityProvider;
import com.cloudvista.payfast.auth.application.RegisteredClient;
import com.cloudvista.payfast.auth.application.SignUp;
import com.cloudvista.payfast.auth.application.TokenSet;
import com.cloudvista.payfast.auth.application.UserProfile;
import com.cloudvista.payfast.auth.domain.MachineClient;
import com.cloudvista.payfast.auth.domain.MachineClientRepository;
import com.cloudvista.payfast.auth.domain.OAuthException;
import com.cloudvista.payfast.auth.domain.Scopes;
import com.cloudvista.payfast.auth.infrastructure.Secrets;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Users, passwords and tokens in an Amazon Cognito user pool. Sign-in uses InitiateAuth
 * USER_PASSWORD_AUTH (with SECRET_HASH when the app client has a secret), refresh uses
 * GetTokensFromRefreshToken (rotation and reuse detection are the pool's: enable refresh-token
 * rotation on the app client), machine clients are app clients with the client_credentials flow
 * whose tokens come from the pool's OAuth2 domain. Ownership of machine clients is kept in our
 * table, since Cognito has no notion of it.
 */
public class CognitoIdentityProvider implements IdentityProvider {

  private final CognitoSettings settings;
  private final CognitoIdentityProviderClient cognito;
  private final HttpClient http;
  private final MachineClientRepository clients;
  private final Set<String> extraAppClients;
  private final Clock clock = Clock.systemUTC();

  public CognitoIdentityProvider(
      CognitoSettings settings,
      CognitoIdentityProviderClient cognito,
      HttpClient http,
      MachineClientRepository clients,
      Set<String> extraAppClients) {
    this.settings = settings;
    this.cognito = cognito;
    this.http = http;
    this.clients = clients;
    this.extraAppClients = Set.copyOf(extraAppClients);
  }

  @Override
  public UserProfile signUp(SignUp signUp) {
    SignUpResponse response =
        api(
            () ->
                cognito.signUp(
                    r -> {
                      r.clientId(settings.clientId())
                          .username(signUp.email())
                          .password(signUp.password())
                          .userAttributes(
                              AttributeType.builder().name("email").value(signUp.email()).build(),
                              AttributeType.builder()
                                  .name("name")
                                  .value(signUp.displayName())
                                  .build());
                      secretHash(signUp.email()).ifPresent(r::secretHash);
                    }));
    return new UserProfile(
        response.userSub(),
        signUp.email(),
        signUp.displayName(),
        Boolean.TRUE.equals(response.userConfirmed()) ? "CONFIRMED" : "UNCONFIRMED",
        List.of());
  }

  @Override
  public void confirm(String email, String code) {
    api(
        () ->
            cognito.confirmSignUp(
                r -> {
                  r.clientId(settings.clientId()).username(email).confirmationCode(code);
                  secretHash(email).ifPresent(r::secretHash);
                }));
  }

  @Override
  public UserProfile profile(String userId, String accessToken) {
    GetUserResponse user = api(() -> cognito.getUser(r -> r.accessToken(accessToken)));
    Map<String, String> attributes = new HashMap<>();
    user.userAttributes().forEach(a -> attributes.put(a.name(), a.value()));
    return new UserProfile(
        attributes.getOrDefault("sub", userId),
        attributes.get("email"),
        attributes.getOrDefault("name", attributes.get("email")),
        "CONFIRMED",
        groupsIn(accessToken));
  }

  @Override
  public TokenSet passwordGrant(String clientId, String username, String password) {
    requireAppClient(clientId);
    Map<String, String> parameters =
        new HashMap<>(Map.of("USERNAME", username, "PASSWORD", password));
    secretHash(username).ifPresent(hash -> parameters.put("SECRET_HASH", hash));
    InitiateAuthResponse response =
        grant(
            () ->
                cognito.initiateAuth(
                    r ->
                        r.clientId(settings.clientId())
                            .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                            .authParameters(parameters)));
    if (response.authenticationResult() == null) {
      throw OAuthException.invalidGrant(
          "The user must complete the " + response.challengeNameAsString() + " challenge first.");
    }
    return tokens(response.authenticationResult(), null);
  }

  @Override
  public TokenSet refreshGrant(String clientId, String refreshToken) {
    requireAppClient(clientId);
    AuthenticationResultType result =
        grant(
                () ->
                    cognito.getTokensFromRefreshToken(
                        r -> {
                          r.clientId(settings.clientId()).refreshToken(refreshToken);
                          settings.clientSecret().ifPresent(r::clientSecret);
                        }))
            .authenticationResult();
    // Without rotation on the app client, Cognito returns no new refresh token: the old one stays
    // valid.
    return tokens(result, refreshToken);
  }

  @Override
  public TokenSet clientCredentialsGrant(
      String clientId, String clientSecret, List<String> scopes) {
    if (clients.find(clientId).isEmpty()) {
      throw OAuthException.invalidClient("Client authentication failed.");
    }
    URI domain =
        settings
            .domain()
            .orElseThrow(
                () ->
                    OAuthException.temporarilyUnavailable(
                        "payfast.auth.cognito.domain is not configured."));
    StringBuilder form = new StringBuilder("grant_type=client_credentials");
    if (!scopes.isEmpty()) {
      form.append("&scope=").append(URLEncoder.encode(Scopes.join(scopes), StandardCharsets.UTF_8));
    }
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                        + ":"
                        + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(domain + "/oauth2/token"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Authorization", "Basic " + basic)
            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw OAuthException.temporarilyUnavailable(
          "The Cognito token endpoint could not be reached.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw OAuthException.temporarilyUnavailable("Interrupted.");
    }
    JsonObject body = parse(response.body());
    if (response.statusCode() != 200) {
      String error = body.getString("error", "invalid_request");
      if ("invalid_client".equals(error)) {
        throw OAuthException.invalidClient("Client authentication failed.");
      }
      if (response.statusCode() == 429) {
        throw OAuthException.rateLimited(5);
      }
      if (response.statusCode() >= 500) {
        throw OAuthException.temporarilyUnavailable("The Cognito token endpoint failed.");
      }
      throw new OAuthException(400, error, body.getString("error_description", error), Map.of());
    }
    return new TokenSet(
        body.getString("access_token"),
        body.getJsonNumber("expires_in").longValue(),
        null,
        null,
        body.getString("scope", Scopes.join(scopes)));
  }

  @Override
  public void revoke(String clientId, String token) {
    requireAppClient(clientId);
    try {
      cognito.revokeToken(
          r -> {
            r.clientId(settings.clientId()).token(token);
            settings.clientSecret().ifPresent(r::clientSecret);
          });
    } catch (software.amazon.awssdk.services.cognitoidentityprovider.model
            .UnsupportedTokenTypeException
        | software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException
            ignored) {
      // RFC 7009 §2.2: an invalid token is not an error for the client.
    } catch (RuntimeException e) {
      throw CognitoErrors.forGrant(e);
    }
  }

  @Override
  public RegisteredClient createMachineClient(String ownerId, String name, List<String> scopes) {
    UserPoolClientType created =
        api(
            () ->
                cognito
                    .createUserPoolClient(
                        r ->
                            r.userPoolId(settings.userPoolId())
                                .clientName(name)
                                .generateSecret(true)
                                .allowedOAuthFlowsUserPoolClient(true)
                                .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
                                .allowedOAuthScopes(scopes))
                    .userPoolClient());
    clients.add(
        new MachineClient(
            created.clientId(),
            ownerId,
            name,
            Secrets.sha256(created.clientSecret()),
            scopes,
            clock.instant()));
    return new RegisteredClient(created.clientId(), created.clientSecret(), name, scopes);
  }

  @Override
  public boolean deleteMachineClient(String ownerId, String clientId) {
    boolean owned = clients.ownedBy(ownerId).stream().anyMatch(c -> c.clientId().equals(clientId));
    if (!owned) {
      return false;
    }
    try {
      cognito.deleteUserPoolClient(r -> r.userPoolId(settings.userPoolId()).clientId(clientId));
    } catch (
        software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
            gone) {
      // already deleted in the pool: forget it here too
    } catch (RuntimeException e) {
      throw CognitoErrors.forApi(e);
    }
    return clients.remove(ownerId, clientId);
  }

  @Override
  public String defaultClientId() {
    return settings.clientId();
  }

  @Override
  public boolean isAppClient(String clientId) {
    return settings.clientId().equals(clientId) || extraAppClients.contains(clientId);
  }

  private void requireAppClient(String clientId) {
    if (!settings.clientId().equals(clientId)) {
      throw OAuthException.invalidClient("Unknown client " + clientId + ".");
    }
  }

  private java.util.Optional<String> secretHash(String username) {
    return settings
        .clientSecret()
        .map(secret -> SecretHash.of(username, settings.clientId(), secret));
  }

  private static TokenSet tokens(AuthenticationResultType result, String previousRefreshToken) {
    String refresh = result.refreshToken() != null ? result.refreshToken() : previousRefreshToken;
    return new TokenSet(
        result.accessToken(),
        result.expiresIn() == null ? 3600 : result.expiresIn(),
        refresh,
        result.idToken(),
        null);
  }

  /** cognito:groups of an access token mpJwt has already verified. */
  private static List<String> groupsIn(String accessToken) {
    try {
      Object groups =
          com.nimbusds.jwt.JWTParser.parse(accessToken)
              .getJWTClaimsSet()
              .getClaim("cognito:groups");
      List<String> names = new ArrayList<>();
      if (groups instanceof List<?> list) {
        list.forEach(g -> names.add(String.valueOf(g)));
      }
      return names;
    } catch (java.text.ParseException | RuntimeException e) {
      return List.of();
    }
  }

  private static JsonObject parse(String body) {
    try (JsonReader reader =
        Json.createReader(new StringReader(body == null || body.isBlank() ? "{}" : body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      return Json.createObjectBuilder().build();
    }
  }

  private static <T> T api(Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      throw CognitoErrors.forApi(e);
    }
  }

  private static <T> T grant(Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      throw CognitoErrors.forGrant(e);
    }
  }
}

package com.cloudvista.payfast.auth.infrastructure.cognito;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudvista.payfast.auth.application.SignUp;
import com.cloudvista.payfast.auth.application.TokenSet;
import com.cloudvista.payfast.auth.domain.EmailAlreadyRegisteredException;
import com.cloudvista.payfast.auth.domain.MachineClient;
import com.cloudvista.payfast.auth.domain.MachineClientRepository;
import com.cloudvista.payfast.auth.domain.OAuthException;
import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The Cognito adapter against WireMock speaking Cognito's JSON protocol (POST /, X-Amz-Target,
 * application/x-amz-json-1.1) and the pool's OAuth2 token endpoint: the real SDK, real HTTP.
 */
class CognitoIdentityProviderTest {

  private static final String CLIENT_ID = "webclient0000000000000000a";
  private static final String CLIENT_SECRET = "app-client-secret";
  private static final String AMZ_JSON = "application/x-amz-json-1.1";
  private static WireMockServer cognito;

  private final InMemoryClients clients = new InMemoryClients();
  private CognitoIdentityProvider provider;

  @BeforeAll
  static void startStub() {
    cognito = new WireMockServer(options().dynamicPort());
    cognito.start();
  }

  @AfterAll
  static void stopStub() {
    cognito.stop();
  }

  @BeforeEach
  void adapter() {
    cognito.resetAll();
    URI endpoint = URI.create(cognito.baseUrl());
    CognitoSettings settings =
        new CognitoSettings(
            "eu-west-1",
            "eu-west-1_TestPool",
            CLIENT_ID,
            Optional.of(CLIENT_SECRET),
            Optional.of(endpoint),
            Optional.of(endpoint));
    CognitoIdentityProviderClient sdk =
        CognitoIdentityProviderClient.builder()
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .region(Region.EU_WEST_1)
            .endpointOverride(endpoint)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
            .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
            .build();
    provider =
        new CognitoIdentityProvider(settings, sdk, HttpClient.newHttpClient(), clients, Set.of());
  }

  private static MappingBuilder target(String operation) {
    return post(urlEqualTo("/"))
        .withHeader("X-Amz-Target", equalTo("AWSCognitoIdentityProviderService." + operation));
  }

  private static void answer(String operation, String json) {
    cognito.stubFor(
        target(operation)
            .willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", AMZ_JSON).withBody(json)));
  }

  private static void fail(String operation, String type, String message) {
    cognito.stubFor(
        target(operation)
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", AMZ_JSON)
                    .withHeader("x-amzn-ErrorType", type)
                    .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}")));
  }

  @Test
  void passwordGrantSendsUserPasswordAuthWithSecretHash() {
    answer(
        "InitiateAuth",
        "{\"AuthenticationResult\":{\"AccessToken\":\"acc\",\"IdToken\":\"idt\",\"RefreshToken\":\"ref\","
            + "\"ExpiresIn\":3600,\"TokenType\":\"Bearer\"},\"ChallengeParameters\":{}}");

    TokenSet tokens = provider.passwordGrant(CLIENT_ID, "ann@example.com", "Correct-Horse-9");

    assertThat(tokens).isEqualTo(new TokenSet("acc", 3600, "ref", "idt", null));
    cognito.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("Content-Type", containing(AMZ_JSON))
            .withRequestBody(matchingJsonPath("$.AuthFlow", equalTo("USER_PASSWORD_AUTH")))
            .withRequestBody(matchingJsonPath("$.ClientId", equalTo(CLIENT_ID)))
            .withRequestBody(
                matchingJsonPath("$.AuthParameters.USERNAME", equalTo("ann@example.com")))
            .withRequestBody(
                matchingJsonPath(
                    "$.AuthParameters.SECRET_HASH",
                    equalTo(SecretHash.of("ann@example.com", CLIENT_ID, CLIENT_SECRET)))));
  }

  @Test
  void secretHashIsTheDocumentedHmac() {
    // HMAC-SHA256(key="secret", "user" + "client") computed independently (openssl dgst -sha256
    // -hmac secret | base64).
    assertThat(SecretHash.of("user", "client", "secret"))
        .isEqualTo("wvW87lzZoI+qQCVGmWVBJLlucdJ65huAVP1z+0MgA6E=");
  }

  @Test
  void wrongPasswordIsInvalidGrant() {
    fail("InitiateAuth", "NotAuthorizedException", "Incorrect username or password.");
    assertThatThrownBy(() -> provider.passwordGrant(CLIENT_ID, "ann@example.com", "wrong"))
        .isInstanceOfSatisfying(
            OAuthException.class,
            e -> {
              assertThat(e.error()).isEqualTo("invalid_grant");
              assertThat(e.status()).isEqualTo(400);
            });
  }

  @Test
  void unconfirmedUserIsInvalidGrant() {
    fail("InitiateAuth", "UserNotConfirmedException", "User is not confirmed.");
    assertThatThrownBy(() -> provider.passwordGrant(CLIENT_ID, "ann@example.com", "pw"))
        .isInstanceOfSatisfying(
            OAuthException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
  }

  @Test
  void throttlingIs429WithRetryAfter() {
    fail("InitiateAuth", "TooManyRequestsException", "Rate exceeded");
    assertThatThrownBy(() -> provider.passwordGrant(CLIENT_ID, "ann@example.com", "pw"))
        .isInstanceOfSatisfying(
            OAuthException.class,
            e -> {
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.headers()).containsKey("Retry-After");
            });
  }

  @Test
  void otherAppClientIsInvalidClientWithoutCallingCognito() {
    assertThatThrownBy(() -> provider.passwordGrant("someotherclient", "ann@example.com", "pw"))
        .isInstanceOfSatisfying(
            OAuthException.class, e -> assertThat(e.error()).isEqualTo("invalid_client"));
    assertThat(cognito.getAllServeEvents()).isEmpty();
  }

  @Test
  void signUpSendsAttributesAndReportsUnconfirmed() {
    answer("SignUp", "{\"UserConfirmed\":false,\"UserSub\":\"5f0c-sub\"}");
    var profile = provider.signUp(new SignUp("ann@example.com", "Correct-Horse-9", "Ann"));
    assertThat(profile.id()).isEqualTo("5f0c-sub");
    assertThat(profile.status()).isEqualTo("UNCONFIRMED");
    cognito.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AWSCognitoIdentityProviderService.SignUp"))
            .withRequestBody(matchingJsonPath("$.Username", equalTo("ann@example.com")))
            .withRequestBody(
                matchingJsonPath("$.UserAttributes[?(@.Name == 'name')].Value", equalTo("Ann")))
            .withRequestBody(matchingJsonPath("$.SecretHash")));
  }

  @Test
  void existingUserIsConflict() {
    fail("SignUp", "UsernameExistsException", "User already exists");
    assertThatThrownBy(
            () -> provider.signUp(new SignUp("ann@example.com", "Correct-Horse-9", "Ann")))
        .isInstanceOf(EmailAlreadyRegisteredException.class);
  }

  @Test
  void poolPasswordPolicyRefusalIsAFieldError() {
    fail("SignUp", "InvalidPasswordException", "Password did not conform with policy");
    assertThatThrownBy(() -> provider.signUp(new SignUp("ann@example.com", "weak", "Ann")))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
              assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("password");
            });
  }

  @Test
  void wrongConfirmationCodeIsAFieldError() {
    fail("ConfirmSignUp", "CodeMismatchException", "Invalid verification code provided");
    assertThatThrownBy(() -> provider.confirm("ann@example.com", "000000"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("code"));
  }

  @Test
  void confirmSendsTheCode() {
    answer("ConfirmSignUp", "{}");
    provider.confirm("ann@example.com", "123456");
    cognito.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AWSCognitoIdentityProviderService.ConfirmSignUp"))
            .withRequestBody(matchingJsonPath("$.ConfirmationCode", equalTo("123456"))));
  }

  @Test
  void refreshKeepsTheOldRefreshTokenWhenThePoolDoesNotRotate() {
    answer(
        "GetTokensFromRefreshToken",
        "{\"AuthenticationResult\":{\"AccessToken\":\"acc2\",\"IdToken\":\"id2\",\"ExpiresIn\":3600,\"TokenType\":\"Bearer\"}}");
    TokenSet tokens = provider.refreshGrant(CLIENT_ID, "ref1");
    assertThat(tokens.accessToken()).isEqualTo("acc2");
    assertThat(tokens.refreshToken()).isEqualTo("ref1");
    cognito.verify(
        postRequestedFor(urlEqualTo("/"))
            .withRequestBody(
                equalToJson(
                    "{\"RefreshToken\":\"ref1\",\"ClientId\":\""
                        + CLIENT_ID
                        + "\",\"ClientSecret\":\""
                        + CLIENT_SECRET
                        + "\"}",
                    true,
                    true)));
  }

  @Test
  void revokedRefreshTokenIsInvalidGrant() {
    fail("GetTokensFromRefreshToken", "NotAuthorizedException", "Refresh Token has been revoked");
    assertThatThrownBy(() -> provider.refreshGrant(CLIENT_ID, "ref1"))
        .isInstanceOfSatisfying(
            OAuthException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
  }

  @Test
  void revokeCallsRevokeTokenAndIgnoresUnknownTokens() {
    answer("RevokeToken", "{}");
    provider.revoke(CLIENT_ID, "ref1");
    cognito.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AWSCognitoIdentityProviderService.RevokeToken")));
    cognito.resetAll();
    fail("RevokeToken", "UnsupportedTokenTypeException", "Unsupported token");
    provider.revoke(CLIENT_ID, "not-a-refresh-token");
  }

  @Test
  void profileComesFromGetUserAndGroupsFromTheToken() {
    answer(
        "GetUser",
        "{\"Username\":\"5f0c-sub\",\"UserAttributes\":[{\"Name\":\"sub\",\"Value\":\"5f0c-sub\"},"
            + "{\"Name\":\"email\",\"Value\":\"ann@example.com\"},{\"Name\":\"name\",\"Value\":\"Ann\"}]}");
    // header {"alg":"none"} . payload {"cognito:groups":["admin"]} . (already verified by mpJwt in
    // the app)
    String token = "eyJhbGciOiJub25lIn0.eyJjb2duaXRvOmdyb3VwcyI6WyJhZG1pbiJdfQ.";
    var profile = provider.profile("5f0c-sub", token);
    assertThat(profile.email()).isEqualTo("ann@example.com");
    assertThat(profile.displayName()).isEqualTo("Ann");
    assertThat(profile.groups()).containsExactly("admin");
  }

  @Test
  void machineClientIsCreatedInThePoolWithClientCredentialsAndOwnedHere() {
    answer(
        "CreateUserPoolClient",
        "{\"UserPoolClient\":{\"ClientId\":\"machine000000000000000000a\",\"ClientSecret\":\"s3cr3t\",\"ClientName\":\"job\"}}");
    var created = provider.createMachineClient("owner-1", "job", List.of("payfast/wallets.read"));
    assertThat(created.clientSecret()).isEqualTo("s3cr3t");
    assertThat(clients.find("machine000000000000000000a"))
        .get()
        .extracting(MachineClient::ownerId)
        .isEqualTo("owner-1");
    cognito.verify(
        postRequestedFor(urlEqualTo("/"))
            .withRequestBody(
                matchingJsonPath("$.AllowedOAuthFlows[0]", equalTo("client_credentials")))
            .withRequestBody(
                matchingJsonPath("$.AllowedOAuthScopes[0]", equalTo("payfast/wallets.read")))
            .withRequestBody(matchingJsonPath("$.GenerateSecret", equalTo("true"))));
  }

  @Test
  void clientCredentialsUsesThePoolTokenEndpointWithBasicAuth() {
    clients.add(
        new MachineClient(
            "machine1", "owner-1", "job", "h", List.of("payfast/wallets.read"), Instant.now()));
    cognito.stubFor(
        post(urlEqualTo("/oauth2/token"))
            .withHeader("Authorization", equalTo("Basic bWFjaGluZTE6c2VjcmV0"))
            .withRequestBody(containing("grant_type=client_credentials"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"access_token\":\"mt\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
    TokenSet tokens =
        provider.clientCredentialsGrant("machine1", "secret", List.of("payfast/wallets.read"));
    assertThat(tokens.accessToken()).isEqualTo("mt");
    assertThat(tokens.refreshToken()).isNull();
  }

  @Test
  void clientCredentialsForAClientNotRegisteredHereIsInvalidClient() {
    assertThatThrownBy(() -> provider.clientCredentialsGrant("unknown", "secret", List.of()))
        .isInstanceOfSatisfying(
            OAuthException.class, e -> assertThat(e.error()).isEqualTo("invalid_client"));
  }

  @Test
  void poolRejectingTheSecretIsInvalidClient() {
    clients.add(
        new MachineClient(
            "machine1", "owner-1", "job", "h", List.of("payfast/wallets.read"), Instant.now()));
    cognito.stubFor(
        post(urlEqualTo("/oauth2/token"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"invalid_client\"}")));
    assertThatThrownBy(() -> provider.clientCredentialsGrant("machine1", "wrong", List.of()))
        .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  /** The ownership table, in memory. */
  private static final class InMemoryClients implements MachineClientRepository {
    private final List<MachineClient> all = new ArrayList<>();

    @Override
    public void add(MachineClient client) {
      all.add(client);
    }

    @Override
    public Optional<MachineClient> find(String clientId) {
      return all.stream().filter(c -> c.clientId().equals(clientId)).findFirst();
    }

    @Override
    public List<MachineClient> ownedBy(String ownerId) {
      return all.stream().filter(c -> c.ownerId().equals(ownerId)).toList();
    }

    @Override
    public boolean remove(String ownerId, String clientId) {
      return all.removeIf(c -> c.ownerId().equals(ownerId) && c.clientId().equals(clientId));
    }
  }
}

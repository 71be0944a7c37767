package com.cloudvista.payfast.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.cloudvista.payfast.testing.TestEnvironment;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every forged, altered or misdirected token gets 401 with {@code WWW-Authenticate: Bearer
 * error="invalid_token"} and problem+json {@code unauthorized}. Tokens are forged with the issuer's
 * real private key read from the database, so only the one property under test is wrong.
 */
class TokenAttackIT {

  private static final String PROTECTED = "/auth/v1/users/me";
  private static final String ISSUER =
      System.getProperty("it.auth.issuer", "http://localhost:9180/auth/v1");
  private static TestEnvironment environment;
  private static String validToken;

  @BeforeAll
  static void server() {
    environment = TestEnvironment.start();
    validToken = AuthApi.newUserAccessToken("attack");
  }

  private static ValidatableResponse call(String token) {
    var request = given();
    if (token != null) {
      request = request.header("Authorization", "Bearer " + token);
    }
    return request.when().get(PROTECTED).then();
  }

  private static void assertRejected(String token) {
    call(token)
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"))
        .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("unauthorized"))
        .body("status", equalTo(401));
  }

  /** The signing key currently in use, straight from the issuer's table. */
  private static RSAKey issuerKey(String kid) throws Exception {
    try (Connection connection = environment.openDatabase();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT private_jwk, kid FROM auth_signing_key")) {
      while (rows.next()) {
        if (rows.getString(2).equals(kid)) {
          return RSAKey.parse(rows.getString(1));
        }
      }
    }
    throw new IllegalStateException("no key " + kid);
  }

  /** The valid token's claims, changed by {@code change}, signed with the real key. */
  private static String resign(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
    SignedJWT original = SignedJWT.parse(validToken);
    RSAKey key = issuerKey(original.getHeader().getKeyID());
    JWTClaimsSet claims =
        change.apply(new JWTClaimsSet.Builder(original.getJWTClaimsSet())).build();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    forged.sign(new RSASSASigner(key));
    return forged.serialize();
  }

  @Test
  void controlTheValidTokenAndAFaithfulResignAreAccepted() throws Exception {
    call(validToken).statusCode(200);
    call(resign(b -> b)).statusCode(200);
  }

  @Test
  void noToken() {
    assertRejected(null);
  }

  @Test
  void malformedToken() {
    assertRejected("not.a.jwt");
    assertRejected("garbage");
  }

  @Test
  void algNone() throws Exception {
    String[] parts = validToken.split("\\.");
    String header =
        Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
            .toString();
    assertRejected(header + "." + parts[1] + ".");
  }

  @Test
  void hs256SignedWithThePublicKey() throws Exception {
    JWKSet jwks = JWKSet.load(URI.create(ISSUER + "/.well-known/jwks.json").toURL());
    RSAKey publicKey = (RSAKey) jwks.getKeys().get(0);
    byte[] secret = publicKey.toRSAPublicKey().getEncoded();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(publicKey.getKeyID()).build(),
            SignedJWT.parse(validToken).getJWTClaimsSet());
    forged.sign(new MACSigner(secret));
    assertRejected(forged.serialize());
  }

  @Test
  void payloadChangedAfterSigning() throws Exception {
    String[] parts = validToken.split("\\.");
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(SignedJWT.parse(validToken).getJWTClaimsSet())
            .subject(UUID.randomUUID().toString())
            .build();
    String payload =
        Base64URL.encode(claims.toString().getBytes(StandardCharsets.UTF_8)).toString();
    assertRejected(parts[0] + "." + payload + "." + parts[2]);
  }

  @Test
  void unknownKid() throws Exception {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID()).build(),
            SignedJWT.parse(validToken).getJWTClaimsSet());
    forged.sign(new RSASSASigner(stranger));
    assertRejected(forged.serialize());
  }

  @Test
  void expiredBeyondClockSkew() throws Exception {
    Instant now = Instant.now();
    assertRejected(
        resign(
            b ->
                b.issueTime(Date.from(now.minusSeconds(600)))
                    .expirationTime(Date.from(now.minusSeconds(120)))));
  }

  @Test
  void wrongIssuer() throws Exception {
    assertRejected(
        resign(b -> b.issuer("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other")));
  }

  @Test
  void idTokenUsedAsAccessToken() {
    String idToken = AuthApi.newUserTokens("idtoken").jsonPath().getString("id_token");
    assertRejected(idToken);
  }

  @Test
  void idTokenShapeWithoutAudienceIsStillRefused() throws Exception {
    // Even if the audience check passed, token_use=id is refused by the application.
    assertRejected(resign(b -> b.claim("token_use", "id")));
  }

  @Test
  void foreignClientId() throws Exception {
    assertRejected(resign(b -> b.claim("client_id", "another-app-client-of-the-pool")));
  }

  @Test
  void missingClientId() throws Exception {
    assertRejected(resign(b -> b.claim("client_id", null)));
  }
}

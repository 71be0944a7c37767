package com.cloudvista.payfast.auth;

import static com.cloudvista.payfast.auth.AuthApi.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.cloudvista.payfast.testing.TestEnvironment;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign-up, sign-in, refresh rotation, revocation and the token shape, through HTTP. */
class AuthFlowIT {

  private static final String ISSUER =
      System.getProperty("it.auth.issuer", "http://localhost:9180/auth/v1");

  @BeforeAll
  static void server() {
    TestEnvironment.start();
  }

  @Test
  void signUpThenPasswordGrantThenMe() throws Exception {
    String email = AuthApi.uniqueEmail("Flow");
    Response created = AuthApi.signUp(email, PASSWORD);
    created
        .then()
        .statusCode(201)
        .body("email", equalTo(email))
        .body("status", equalTo("CONFIRMED"));
    assertThat(java.net.URI.create(created.header("Location")).getPath())
        .isEqualTo("/auth/v1/users/me");
    String id = created.jsonPath().getString("id");
    assertThat(id).matches("[0-9a-f-]{36}");

    Response tokens = AuthApi.passwordGrant(email.toUpperCase(), PASSWORD);
    tokens
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("token_type", equalTo("Bearer"))
        .body("expires_in", equalTo(900))
        .body("refresh_token", notNullValue())
        .body("id_token", notNullValue());

    SignedJWT access = SignedJWT.parse(tokens.jsonPath().getString("access_token"));
    var claims = access.getJWTClaimsSet();
    assertThat(access.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    assertThat(access.getHeader().getKeyID()).isNotBlank();
    assertThat(claims.getIssuer()).isEqualTo(ISSUER);
    assertThat(claims.getSubject()).isEqualTo(id);
    assertThat(claims.getStringClaim("token_use")).isEqualTo("access");
    assertThat(claims.getStringClaim("client_id")).isEqualTo(AuthApi.WEB_CLIENT);
    assertThat(claims.getStringClaim("username")).isEqualTo(id);
    assertThat(claims.getStringClaim("scope")).isNotBlank();
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getLongClaim("auth_time")).isNotNull();
    assertThat(claims.getAudience()).isEmpty();
    assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
        .isEqualTo(900_000L);

    var idToken = SignedJWT.parse(tokens.jsonPath().getString("id_token")).getJWTClaimsSet();
    assertThat(idToken.getStringClaim("token_use")).isEqualTo("id");
    assertThat(idToken.getAudience()).containsExactly(AuthApi.WEB_CLIENT);
    assertThat(idToken.getStringClaim("email")).isEqualTo(email);

    AuthApi.me(tokens.jsonPath().getString("access_token"))
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("email", equalTo(email))
        .body("displayName", equalTo("IT " + email))
        .body("groups", equalTo(List.of()));
  }

  @Test
  void adminEmailsAreInGroupAdmin() {
    String email = "admin@it.payfast.test";
    AuthApi.signUp(email, PASSWORD); // 201 the first time, 409 if another test signed it up
    String token =
        AuthApi.passwordGrant(email, PASSWORD)
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    AuthApi.me(token).then().statusCode(200).body("groups", hasItem("admin"));
  }

  @Test
  void duplicateEmailIgnoringCaseIsConflict() {
    String email = AuthApi.uniqueEmail("dup");
    AuthApi.signUp(email, PASSWORD).then().statusCode(201);
    AuthApi.signUp(email.toUpperCase(), PASSWORD)
        .then()
        .statusCode(409)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("conflict"));
  }

  @Test
  void weakPasswordIsRefusedWithFieldErrors() {
    AuthApi.signUp(AuthApi.uniqueEmail("weak"), "short")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("validation_failed"))
        .body("errors.field", hasItem("password"));
  }

  @Test
  void confirmAnswers204() {
    given()
        .contentType("application/json")
        .body(Map.of("email", AuthApi.uniqueEmail("confirm"), "code", "123456"))
        .when()
        .post("/auth/v1/users/confirm")
        .then()
        .statusCode(204);
  }

  @Test
  void wrongPasswordIsInvalidGrant() {
    String email = AuthApi.uniqueEmail("wrong");
    AuthApi.signUp(email, PASSWORD).then().statusCode(201);
    AuthApi.passwordGrant(email, PASSWORD + "x")
        .then()
        .statusCode(400)
        .contentType(containsString("application/json"))
        .body("error", equalTo("invalid_grant"));
    AuthApi.passwordGrant(AuthApi.uniqueEmail("nobody"), PASSWORD)
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
  }

  @Test
  void unsupportedAndMissingGrantTypes() {
    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("grant_type", "authorization_code")
        .post("/auth/v1/oauth2/token")
        .then()
        .statusCode(400)
        .body("error", equalTo("unsupported_grant_type"));
    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("username", "x")
        .post("/auth/v1/oauth2/token")
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_request"));
  }

  @Test
  void refreshRotatesAndReuseRevokesTheFamily() {
    Response first = AuthApi.newUserTokens("refresh");
    String r1 = first.jsonPath().getString("refresh_token");

    Response second = AuthApi.refreshGrant(r1).then().statusCode(200).extract().response();
    String r2 = second.jsonPath().getString("refresh_token");
    assertThat(r2).isNotBlank().isNotEqualTo(r1);
    AuthApi.me(second.jsonPath().getString("access_token")).then().statusCode(200);

    // r1 was used: presenting it again is a theft signal and revokes r2 as well.
    AuthApi.refreshGrant(r1).then().statusCode(400).body("error", equalTo("invalid_grant"));
    AuthApi.refreshGrant(r2).then().statusCode(400).body("error", equalTo("invalid_grant"));
  }

  @Test
  void unknownRefreshTokenIsInvalidGrant() {
    AuthApi.refreshGrant("not-a-token")
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
  }

  @Test
  void revokeStopsTheTokenAndItsSuccessors() {
    Response first = AuthApi.newUserTokens("revoke");
    String r1 = first.jsonPath().getString("refresh_token");
    String r2 = AuthApi.refreshGrant(r1).then().statusCode(200).extract().path("refresh_token");

    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("token", r1)
        .formParam("client_id", AuthApi.WEB_CLIENT)
        .post("/auth/v1/oauth2/revoke")
        .then()
        .statusCode(200);

    AuthApi.refreshGrant(r2).then().statusCode(400).body("error", equalTo("invalid_grant"));
    // RFC 7009: an unknown token is not an error.
    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("token", "unknown")
        .post("/auth/v1/oauth2/revoke")
        .then()
        .statusCode(200);
  }

  @Test
  void discoveryAndJwksArePublished() {
    given()
        .get("/auth/v1/.well-known/openid-configuration")
        .then()
        .statusCode(200)
        .body("issuer", equalTo(ISSUER))
        .body("jwks_uri", equalTo(ISSUER + "/.well-known/jwks.json"))
        .body("token_endpoint", equalTo(ISSUER + "/oauth2/token"));
    given()
        .get("/auth/v1/.well-known/jwks.json")
        .then()
        .statusCode(200)
        .body("keys[0].kty", equalTo("RSA"))
        .body("keys[0].alg", equalTo("RS256"))
        .body("keys[0].d", org.hamcrest.Matchers.nullValue());
  }
}

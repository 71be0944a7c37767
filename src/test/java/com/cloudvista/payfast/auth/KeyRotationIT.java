package com.cloudvista.payfast.auth;

import static com.cloudvista.payfast.auth.AuthApi.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.cloudvista.payfast.testing.TestEnvironment;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** After a rotation, tokens of the new key are accepted and tokens of the old key still are. */
class KeyRotationIT {

  static final String ADMIN = "admin@it.payfast.test";

  @BeforeAll
  static void server() {
    TestEnvironment.start();
  }

  static String adminToken() {
    AuthApi.signUp(ADMIN, PASSWORD); // 409 when another IT created the admin already
    return AuthApi.passwordGrant(ADMIN, PASSWORD)
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  @Test
  void rotatedKeySignsAndOldTokensKeepWorking() throws Exception {
    String before = AuthApi.newUserAccessToken("rotation");
    String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

    String newKid =
        given()
            .auth()
            .oauth2(adminToken())
            .post("/auth/v1/admin/keys/rotate")
            .then()
            .statusCode(200)
            .extract()
            .path("kid");
    assertThat(newKid).isNotEqualTo(oldKid);

    String after = AuthApi.newUserAccessToken("rotation");
    assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(newKid);

    AuthApi.me(after).then().statusCode(200);
    AuthApi.me(before).then().statusCode(200);
    given()
        .get("/auth/v1/.well-known/jwks.json")
        .then()
        .statusCode(200)
        .body("keys.kid", hasItems(oldKid, newKid));
  }

  @Test
  void onlyAdminsMayRotate() {
    given()
        .auth()
        .oauth2(AuthApi.newUserAccessToken("notadmin"))
        .post("/auth/v1/admin/keys/rotate")
        .then()
        .statusCode(403)
        .body("code", equalTo("forbidden"));
  }
}

package com.cloudvista.payfast.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A machine token reaches the Transaction API for its owner, limited to its scopes: GET
 * /api/v1/wallets needs {@code payfast/wallets.read} (200 with it, 403 without).
 */
class MachineClientScopeIT {

  @BeforeAll
  static void server() {
    TestEnvironment.start();
  }

  private static String machineToken(String ownerToken, List<String> scopes) {
    Response created =
        MachineClientIT.createClient(ownerToken, scopes)
            .then()
            .statusCode(201)
            .extract()
            .response();
    return MachineClientIT.clientCredentials(
            created.jsonPath().getString("clientId"),
            created.jsonPath().getString("clientSecret"),
            null)
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  @Test
  void withTheScopeTheClientSeesItsOwnersWallets() {
    String owner = AuthApi.newUserAccessToken("scoped-owner");
    given()
        .auth()
        .oauth2(machineToken(owner, List.of("payfast/wallets.read")))
        .get("/api/v1/wallets")
        .then()
        .statusCode(200);
  }

  @Test
  void withoutTheScopeItIsForbidden() {
    String owner = AuthApi.newUserAccessToken("unscoped-owner");
    given()
        .auth()
        .oauth2(machineToken(owner, List.of("payfast/reports.read")))
        .get("/api/v1/wallets")
        .then()
        .statusCode(403)
        .body("code", equalTo("forbidden"));
  }
}

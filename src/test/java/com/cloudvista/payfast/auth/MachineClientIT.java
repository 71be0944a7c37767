package com.cloudvista.payfast.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.cloudvista.payfast.testing.TestEnvironment;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Machine clients: registration, client_credentials grant, scopes, ownership and deletion. */
public class MachineClientIT {

  @BeforeAll
  static void server() {
    TestEnvironment.start();
  }

  public static Response createClient(String userToken, List<String> scopes) {
    return given()
        .auth()
        .oauth2(userToken)
        .contentType("application/json")
        .body(Map.of("name", "reporting job", "scopes", scopes))
        .when()
        .post("/auth/v1/clients");
  }

  public static Response clientCredentials(String clientId, String secret, String scope) {
    var request =
        given()
            .auth()
            .preemptive()
            .basic(clientId, secret)
            .contentType("application/x-www-form-urlencoded")
            .formParam("grant_type", "client_credentials");
    if (scope != null) {
      request = request.formParam("scope", scope);
    }
    return request.when().post("/auth/v1/oauth2/token");
  }

  @Test
  void registerThenClientCredentialsGivesACognitoShapedMachineToken() throws Exception {
    String user = AuthApi.newUserAccessToken("owner");
    Response created =
        createClient(user, List.of("payfast/wallets.read", "payfast/transactions.read"));
    created.then().statusCode(201).body("name", equalTo("reporting job"));
    String clientId = created.jsonPath().getString("clientId");
    String secret = created.jsonPath().getString("clientSecret");
    assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
    assertThat(java.net.URI.create(created.header("Location")).getPath())
        .isEqualTo("/auth/v1/clients/" + clientId);

    Response token = clientCredentials(clientId, secret, "payfast/wallets.read");
    token
        .then()
        .statusCode(200)
        .body("token_type", equalTo("Bearer"))
        .body("scope", equalTo("payfast/wallets.read"))
        .body("refresh_token", nullValue())
        .body("id_token", nullValue());
    var claims = SignedJWT.parse(token.jsonPath().getString("access_token")).getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo(clientId);
    assertThat(claims.getStringClaim("client_id")).isEqualTo(clientId);
    assertThat(claims.getStringClaim("token_use")).isEqualTo("access");
    assertThat(claims.getClaim("username")).isNull();
    assertThat(claims.getAudience()).isEmpty();

    // Without a scope parameter the client gets all of its scopes.
    clientCredentials(clientId, secret, null)
        .then()
        .statusCode(200)
        .body("scope", equalTo("payfast/wallets.read payfast/transactions.read"));
  }

  @Test
  void listShowsNoSecretAndOnlyTheOwnersClients() {
    String alice = AuthApi.newUserAccessToken("alice");
    String bob = AuthApi.newUserAccessToken("bob");
    String aliceClient =
        createClient(alice, List.of("payfast/reports.read"))
            .then()
            .statusCode(201)
            .extract()
            .path("clientId");

    given()
        .auth()
        .oauth2(alice)
        .get("/auth/v1/clients")
        .then()
        .statusCode(200)
        .body("data.clientId", hasItem(aliceClient))
        .body("data[0].clientSecret", nullValue())
        .body("data[0].scopes", equalTo(List.of("payfast/reports.read")));
    given()
        .auth()
        .oauth2(bob)
        .get("/auth/v1/clients")
        .then()
        .statusCode(200)
        .body("data.clientId", not(hasItem(aliceClient)));
    // Bob cannot delete Alice's client, and learns nothing about it.
    given()
        .auth()
        .oauth2(bob)
        .delete("/auth/v1/clients/" + aliceClient)
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
  }

  @Test
  void wrongSecretAndUnknownClientAreInvalidClient() {
    String user = AuthApi.newUserAccessToken("secret");
    String clientId =
        createClient(user, List.of("payfast/wallets.read"))
            .then()
            .statusCode(201)
            .extract()
            .path("clientId");
    clientCredentials(clientId, "wrong-secret", null)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Basic"))
        .body("error", equalTo("invalid_client"));
    clientCredentials("nosuchclient", "whatever", null)
        .then()
        .statusCode(401)
        .body("error", equalTo("invalid_client"));
    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("grant_type", "client_credentials")
        .post("/auth/v1/oauth2/token")
        .then()
        .statusCode(401)
        .body("error", equalTo("invalid_client"));
  }

  @Test
  void scopeBeyondTheClientsGrantIsInvalidScope() {
    String user = AuthApi.newUserAccessToken("scope");
    Response created = createClient(user, List.of("payfast/wallets.read"));
    clientCredentials(
            created.jsonPath().getString("clientId"),
            created.jsonPath().getString("clientSecret"),
            "payfast/transactions.write")
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_scope"));
  }

  @Test
  void unknownScopeOnRegistrationIsAFieldError() {
    String user = AuthApi.newUserAccessToken("badscope");
    createClient(user, List.of("payfast/wallets.read", "admin"))
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"))
        .body("errors.field", hasItem("scopes[1]"));
  }

  @Test
  void machineTokensCannotManageClientsOrReadAProfile() {
    String user = AuthApi.newUserAccessToken("machine");
    Response created = createClient(user, List.of("payfast/wallets.read"));
    String machine =
        clientCredentials(
                created.jsonPath().getString("clientId"),
                created.jsonPath().getString("clientSecret"),
                null)
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    given()
        .auth()
        .oauth2(machine)
        .get("/auth/v1/clients")
        .then()
        .statusCode(403)
        .body("code", equalTo("forbidden"));
    AuthApi.me(machine).then().statusCode(403);
  }

  @Test
  void deletedClientsTokensStopWorkingAndItCannotGetNewOnes() {
    String user = AuthApi.newUserAccessToken("delete");
    Response created = createClient(user, List.of("payfast/wallets.read"));
    String clientId = created.jsonPath().getString("clientId");
    String secret = created.jsonPath().getString("clientSecret");
    String machine =
        clientCredentials(clientId, secret, null)
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    // A machine token reaches protected endpoints (403 here is the authorisation, not the token
    // check).
    given().auth().oauth2(machine).get("/auth/v1/clients").then().statusCode(403);

    given().auth().oauth2(user).delete("/auth/v1/clients/" + clientId).then().statusCode(204);

    given()
        .auth()
        .oauth2(machine)
        .get("/auth/v1/clients")
        .then()
        .statusCode(401)
        .body("code", equalTo("unauthorized"));
    clientCredentials(clientId, secret, null)
        .then()
        .statusCode(401)
        .body("error", equalTo("invalid_client"));
  }
}

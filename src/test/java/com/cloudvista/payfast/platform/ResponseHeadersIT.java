package com.cloudvista.payfast.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.ledger.LedgerApi;
import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract's response headers: nosniff on every API answer, no-store on authenticated ones, no
 * product name.
 */
class ResponseHeadersIT {

  @BeforeAll
  static void server() {
    TestEnvironment.start();
  }

  private static void safe(Response response) {
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.header("Server")).isNull();
    assertThat(response.header("X-Powered-By")).isNull();
  }

  @Test
  void everyApiAnswerIsNosniffAndAuthenticatedOnesAreNotStored() {
    Response anonymous = given().get("/api/v1/wallets");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    safe(anonymous);
    safe(given().get("/auth/v1/.well-known/jwks.json"));
    safe(given().get("/api/v1/no-such-thing"));

    LedgerApi.User user = LedgerApi.newUser();
    String wallet = user.wallet("USD");
    Response deposit =
        user.money()
            .body(java.util.Map.of("walletId", wallet, "amount", 100, "currency", "USD"))
            .post("/api/v1/deposits");
    assertThat(deposit.statusCode()).isEqualTo(201);
    for (Response response :
        List.of(
            deposit,
            user.request().get("/api/v1/wallets"),
            user.request().get("/api/v1/wallets/" + wallet),
            user.request().get("/auth/v1/users/me"),
            user.request().get("/api/v1/transactions"),
            user.request().get("/api/v1/wallets/" + java.util.UUID.randomUUID()))) {
      safe(response);
      assertThat(response.header("Cache-Control"))
          .as(response.statusCode() + " " + response.asString())
          .isEqualTo("no-store");
    }
  }
}

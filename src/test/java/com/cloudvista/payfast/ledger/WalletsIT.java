package com.cloudvista.payfast.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wallets: open, list, read with ETag, rename; other users' wallets do not exist for the caller.
 */
class WalletsIT {

  static LedgerApi.User alice;
  static LedgerApi.User bob;

  @BeforeAll
  static void users() {
    alice = LedgerApi.newUser();
    bob = LedgerApi.newUser();
  }

  @Test
  void openListReadRename() {
    Response opened =
        alice.request().body(Map.of("currency", "EUR", "name", "Travel")).post("/api/v1/wallets");
    assertThat(opened.statusCode()).isEqualTo(201);
    String id = opened.path("id");
    assertThat(opened.header("Location")).endsWith("/api/v1/wallets/" + id);
    opened
        .then()
        .body("name", equalTo("Travel"))
        .body("currency", equalTo("EUR"))
        .body("balance", equalTo(0))
        .body("availableBalance", equalTo(0))
        .body("status", equalTo("ACTIVE"));
    assertThat((String) opened.path("createdAt")).endsWith("Z");

    alice
        .request()
        .get("/api/v1/wallets")
        .then()
        .statusCode(200)
        .body("data.id", org.hamcrest.Matchers.hasItem(id));
    alice
        .request()
        .body(Map.of("name", "Holidays"))
        .patch("/api/v1/wallets/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Holidays"));
  }

  @Test
  void etagAnswers304UntilTheWalletChanges() {
    String id = alice.wallet("USD");
    Response first = alice.request().get("/api/v1/wallets/" + id);
    String etag = first.header("ETag");
    assertThat(etag).isNotBlank();
    alice
        .request()
        .header("If-None-Match", etag)
        .get("/api/v1/wallets/" + id)
        .then()
        .statusCode(304);
    alice.deposit(id, 100, "USD");
    Response after = alice.request().header("If-None-Match", etag).get("/api/v1/wallets/" + id);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.header("ETag")).isNotEqualTo(etag);
    assertThat(after.jsonPath().getLong("balance")).isEqualTo(100);
  }

  @Test
  void anotherUsersWalletIsNotFound() {
    String id = alice.wallet("USD");
    for (Response r :
        new Response[] {
          bob.request().get("/api/v1/wallets/" + id),
          bob.request().body(Map.of("name", "mine")).patch("/api/v1/wallets/" + id),
          bob.request().get("/api/v1/wallets/" + id + "/transactions"),
          bob.request().get("/api/v1/wallets/not-an-id"),
        }) {
      r.then().statusCode(404).body("code", equalTo("not_found"));
    }
    bob.request()
        .get("/api/v1/wallets")
        .then()
        .body("data.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
  }

  @Test
  void invalidRequestsAre400() {
    alice
        .request()
        .body(Map.of("currency", "XYZ"))
        .post("/api/v1/wallets")
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"))
        .body("errors[0].field", equalTo("currency"));
    alice
        .request()
        .body("{}")
        .post("/api/v1/wallets")
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"));
    alice
        .request()
        .body("{\"currency\":")
        .post("/api/v1/wallets")
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"));
    String id = alice.wallet("USD");
    alice.request().body(Map.of("name", "")).patch("/api/v1/wallets/" + id).then().statusCode(400);
    given()
        .header("Authorization", "Bearer " + alice.token())
        .contentType("text/plain")
        .body("x")
        .post("/api/v1/wallets")
        .then()
        .statusCode(415)
        .body("code", equalTo("unsupported_media_type"));
  }

  @Test
  void withoutATokenIs401() {
    given().get("/api/v1/wallets").then().statusCode(401).body("code", equalTo("unauthorized"));
  }

  @Test
  void newWalletHasAnEmptyStatement() {
    String id = alice.wallet("GBP");
    alice
        .request()
        .get("/api/v1/wallets/" + id + "/transactions")
        .then()
        .statusCode(200)
        .body("data", hasSize(0))
        .body("nextCursor", nullValue());
  }
}

package com.cloudvista.payfast.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.cloudvista.payfast.ledger.LedgerApi;
import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract's strict input over HTTP: a body is exactly one JSON object, duplicate keys and NUL
 * characters are refused, and no field is coerced to another type; every refusal is a 400
 * validation_failed naming the field, with a request id, and moves no money.
 */
class StrictInputIT {

  private static LedgerApi.User user;
  private static String wallet;

  @BeforeAll
  static void start() {
    TestEnvironment.start();
    user = LedgerApi.newUser();
    wallet = user.wallet("USD");
    user.deposit(wallet, 10_000, "USD");
  }

  private static String deposit(String extra) {
    return "{\"walletId\":\"" + wallet + "\",\"amount\":500,\"currency\":\"USD\"" + extra + "}";
  }

  private static ValidatableResponse refused(String path, String body, String field) {
    return user.money()
        .body(body)
        .post(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .header("X-Request-Id", notNullValue())
        .body("code", equalTo("validation_failed"))
        .body("requestId", notNullValue())
        .body("errors.field", hasItem(field));
  }

  @Test
  void aBodyIsExactlyOneObject() {
    refused("/api/v1/deposits", "[" + deposit("") + "," + deposit("") + "]", "body");
    refused("/api/v1/deposits", deposit("") + "GARBAGE", "body");
    refused("/api/v1/deposits", deposit("") + deposit(""), "body");
    refused("/api/v1/deposits", "\"" + wallet + "\"", "body");
    assertThat(user.request().get("/api/v1/wallets/" + wallet).jsonPath().getLong("balance"))
        .isEqualTo(10_000L);
  }

  @Test
  void duplicateKeysAreRefusedNotResolvedEitherWay() {
    refused("/api/v1/deposits", deposit(",\"amount\":9000"), "amount");
    refused("/api/v1/wallets", "{\"currency\":\"USD\",\"currency\":\"EUR\"}", "currency");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/deposits  | {\"walletId\":\"%s\",\"amount\":500,\"currency\":\"USD\",\"reference\":\"nul\\u0000byte\"} | reference",
        "/api/v1/wallets   | {\"currency\":\"USD\",\"name\":\"a\\u0000b\"}                                               | name",
        "/api/v1/transfers | {\"sourceWalletId\":\"%s\",\"recipientEmail\":\"x@example.com\",\"amount\":1,\"currency\":\"USD\",\"description\":\"\\u0000\"} | description",
      })
  void aNulCharacterIsA400NotA500(String path, String body, String field) {
    refused(path, body.formatted(wallet), field);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1       | capture",
        "\"yes\" | capture",
        "\"true\"| capture",
      })
  void captureIsABooleanOrNothing(String capture, String field) {
    String body =
        "{\"sourceWalletId\":\""
            + wallet
            + "\",\"merchant\":\"Cafe\",\"amount\":100,\"currency\":\"USD\","
            + "\"capture\":"
            + capture
            + "}";
    refused("/api/v1/payments", body, field).body("errors.message", hasItem("must be a boolean"));
    assertThat(
            user.request().get("/api/v1/wallets/" + wallet).jsonPath().getLong("availableBalance"))
        .as("no hold was placed")
        .isEqualTo(10_000L);
  }

  @Test
  void wrongTypesAreNamedForEveryField() {
    refused(
            "/api/v1/deposits",
            "{\"walletId\":42,\"amount\":\"500\",\"currency\":\"USD\"}",
            "walletId")
        .body("errors.field", hasItem("amount"));
    refused(
        "/api/v1/expenses",
        "{\"amount\":100,\"currency\":\"USD\",\"category\":\"dining\","
            + "\"spentAt\":\"2026-12-01T00:00:00Z\",\"tags\":\"groceries\"}",
        "tags");
    refused(
        "/api/v1/rules",
        "{\"name\":\"r\",\"category\":\"dining\",\"match\":{\"minAmount\":\"5\"}}",
        "match.minAmount");
  }

  @Test
  void theAuthApiIsStrictToo() {
    given()
        .contentType("application/json")
        .body(
            "{\"email\":\"a@example.com\",\"email\":\"b@example.com\",\"password\":\"x\",\"displayName\":\"A\"}")
        .post("/auth/v1/users")
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"))
        .body("errors.field", hasItem("email"));
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/transactions?q=a%00b, q",
    "/api/v1/transactions?category=a%00b, category",
    "/api/v1/expenses?q=a%00b, q",
    "/api/v1/transactions?q%00=a, q?",
  })
  void aNulOrBadPercentEncodingInTheQueryIsA400NotA500(String path, String parameter) {
    user.request()
        .urlEncodingEnabled(false)
        .get(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .header("X-Request-Id", notNullValue())
        .body("code", equalTo("validation_failed"))
        .body("detail", org.hamcrest.Matchers.containsString("Query parameter " + parameter + " "));
  }

  @Test
  void theTokenEndpointAnswersBadPercentEncodingAsRfc6749InvalidRequest() {
    given()
        .urlEncodingEnabled(false)
        .contentType("application/x-www-form-urlencoded")
        .body("grant_type=password&username=%zz&password=x")
        .post("/auth/v1/oauth2/token")
        .then()
        .statusCode(400)
        .contentType("application/json")
        .body("error", equalTo("invalid_request"));
    given()
        .contentType("application/x-www-form-urlencoded")
        .body("grant_type=password&username=a%00b&password=x")
        .post("/auth/v1/oauth2/token")
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_request"));
  }

  @Test
  void aHundredKilobyteHeaderReachesTheApplicationAndGetsItsProblem() {
    String huge = "a".repeat(100_000);

    user.request()
        .header("Idempotency-Key", huge)
        .body(deposit(""))
        .post("/api/v1/deposits")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .header("X-Request-Id", notNullValue())
        .body("code", equalTo("idempotency_key_required"))
        .body("requestId", notNullValue());
    given()
        .header("Authorization", "Bearer " + huge)
        .get("/api/v1/wallets")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("X-Request-Id", notNullValue())
        .body("code", equalTo("unauthorized"));
    assertThat(user.request().get("/api/v1/wallets/" + wallet).jsonPath().getLong("balance"))
        .isEqualTo(10_000L);
  }
}

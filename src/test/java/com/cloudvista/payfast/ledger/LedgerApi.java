package com.cloudvista.payfast.ledger;

import static io.restassured.RestAssured.given;

import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/**
 * The Transaction API as a client sees it: users signed up through the Auth API (local provider)
 * with a password-grant access token, and small helpers for the calls every IT makes.
 */
public final class LedgerApi {

  public static final String PASSWORD = "Ledger-It-Passw0rd!";

  /** Listed in payfast.auth.admin-emails for the IT server (pom.xml). */
  static final String ADMIN_EMAIL = "ledger-admin@it.payfast.test";

  private LedgerApi() {}

  static TestEnvironment environment() {
    return TestEnvironment.start();
  }

  /** A signed-up user and their access token. */
  public record User(String id, String email, String token) {
    public RequestSpecification request() {
      return given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    public RequestSpecification money() {
      return request().header("Idempotency-Key", UUID.randomUUID().toString());
    }

    public String wallet(String currency) {
      return request()
          .body(Map.of("currency", currency, "name", "w-" + currency))
          .post("/api/v1/wallets")
          .then()
          .statusCode(201)
          .extract()
          .path("id");
    }

    public String deposit(String wallet, long amount, String currency) {
      return money()
          .body(Map.of("walletId", wallet, "amount", amount, "currency", currency))
          .post("/api/v1/deposits")
          .then()
          .statusCode(201)
          .extract()
          .path("id");
    }

    public Response transfer(String from, String to, long amount, String currency) {
      return money()
          .body(
              Map.of(
                  "sourceWalletId",
                  from,
                  "destinationWalletId",
                  to,
                  "amount",
                  amount,
                  "currency",
                  currency))
          .post("/api/v1/transfers");
    }

    long balance(String wallet) {
      return request()
          .get("/api/v1/wallets/" + wallet)
          .then()
          .statusCode(200)
          .extract()
          .jsonPath()
          .getLong("balance");
    }

    long available(String wallet) {
      return request()
          .get("/api/v1/wallets/" + wallet)
          .then()
          .statusCode(200)
          .extract()
          .jsonPath()
          .getLong("availableBalance");
    }
  }

  public static User newUser() {
    return signUp("ledger-" + UUID.randomUUID() + "@it.payfast.test");
  }

  public static synchronized User admin() {
    if (admin == null) {
      admin = signUp(ADMIN_EMAIL);
    }
    return admin;
  }

  private static User admin;

  public static User signUp(String email) {
    environment();
    Response created =
        given()
            .contentType("application/json")
            .body(Map.of("email", email, "password", PASSWORD, "displayName", "Ledger IT"))
            .post("/auth/v1/users");
    if (created.statusCode() != 201 && created.statusCode() != 409) {
      throw new IllegalStateException(
          "sign-up failed: " + created.statusCode() + " " + created.asString());
    }
    Response token =
        given()
            .contentType("application/x-www-form-urlencoded")
            .formParam("grant_type", "password")
            .formParam("username", email)
            .formParam("password", PASSWORD)
            .post("/auth/v1/oauth2/token");
    if (token.statusCode() != 200) {
      throw new IllegalStateException(
          "token failed: " + token.statusCode() + " " + token.asString());
    }
    String accessToken = token.jsonPath().getString("access_token");
    String id =
        given()
            .header("Authorization", "Bearer " + accessToken)
            .get("/auth/v1/users/me")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    return new User(id, email, accessToken);
  }
}

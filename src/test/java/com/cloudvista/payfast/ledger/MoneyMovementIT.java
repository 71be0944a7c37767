package com.cloudvista.payfast.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deposits, withdrawals, transfers and payments, and every business refusal they can answer. */
class MoneyMovementIT {

  static LedgerApi.User alice;
  static LedgerApi.User bob;

  @BeforeAll
  static void users() {
    alice = LedgerApi.newUser();
    bob = LedgerApi.newUser();
  }

  @Test
  void depositTransferWithdrawPayAndTheStatementShowsEachStep() {
    String a = alice.wallet("USD");
    String b = bob.wallet("USD");
    Response deposit =
        alice
            .money()
            .body(
                Map.of("walletId", a, "amount", 10_000, "currency", "USD", "reference", "top-up 1"))
            .post("/api/v1/deposits");
    deposit
        .then()
        .statusCode(201)
        .body("type", equalTo("DEPOSIT"))
        .body("status", equalTo("COMPLETED"))
        .body("amount", equalTo(10_000))
        .body("destinationWalletId", equalTo(a))
        .body("sourceWalletId", nullValue())
        .body("reversalOf", nullValue())
        .body("reversedBy", nullValue());
    assertThat(deposit.contentType()).startsWith("application/json");

    alice
        .money()
        .body(
            Map.of(
                "sourceWalletId",
                a,
                "destinationWalletId",
                b,
                "amount",
                2_500,
                "currency",
                "USD",
                "description",
                "dinner",
                "category",
                "dining"))
        .post("/api/v1/transfers")
        .then()
        .statusCode(201)
        .body("type", equalTo("TRANSFER"))
        .body("category", equalTo("dining"));
    alice
        .money()
        .body(Map.of("walletId", a, "amount", 1_000, "currency", "USD"))
        .post("/api/v1/withdrawals")
        .then()
        .statusCode(201)
        .body("type", equalTo("WITHDRAWAL"));
    alice
        .money()
        .body(
            Map.of(
                "sourceWalletId", a, "merchant", "Coffee Corner", "amount", 450, "currency", "USD"))
        .post("/api/v1/payments")
        .then()
        .statusCode(201)
        .body("type", equalTo("PAYMENT"))
        .body("status", equalTo("COMPLETED"))
        .body("merchant", equalTo("Coffee Corner"));

    assertThat(alice.balance(a)).isEqualTo(10_000 - 2_500 - 1_000 - 450);
    assertThat(bob.balance(b)).isEqualTo(2_500);

    JsonPath statement =
        alice
            .request()
            .get("/api/v1/wallets/" + a + "/transactions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(statement.getList("data.type"))
        .containsExactly("PAYMENT", "WITHDRAWAL", "TRANSFER", "DEPOSIT");
    assertThat(statement.getList("data.amount", Long.class))
        .containsExactly(-450L, -1_000L, -2_500L, 10_000L);
    assertThat(statement.getList("data.balanceAfter", Long.class))
        .containsExactly(6_050L, 6_500L, 7_500L, 10_000L);
    assertThat(statement.getString("data[2].counterparty")).isEqualTo(b);
    assertThat(statement.getString("data[0].counterparty")).isEqualTo("Coffee Corner");
    JsonPath bobs =
        bob.request().get("/api/v1/wallets/" + b + "/transactions").then().extract().jsonPath();
    assertThat(bobs.getLong("data[0].amount")).isEqualTo(2_500);
    assertThat(bobs.getString("data[0].counterparty")).isEqualTo(a);
    assertThat(bobs.getString("data[0].category"))
        .as("the receiver categorises independently")
        .isNull();
  }

  @Test
  void transferByRecipientEmailGoesToTheirOldestActiveWalletInTheCurrency() {
    LedgerApi.User carol = LedgerApi.newUser();
    String carolsEur = carol.wallet("EUR");
    String oldestUsd = carol.wallet("USD");
    carol.wallet("USD");
    String a = alice.wallet("USD");
    alice.deposit(a, 1_000, "USD");
    alice
        .money()
        .body(
            Map.of(
                "sourceWalletId",
                a,
                "recipientEmail",
                carol.email(),
                "amount",
                300,
                "currency",
                "USD"))
        .post("/api/v1/transfers")
        .then()
        .statusCode(201)
        .body("destinationWalletId", equalTo(oldestUsd));
    assertThat(carol.balance(carolsEur)).isZero();
    alice
        .money()
        .body(
            Map.of(
                "sourceWalletId",
                a,
                "recipientEmail",
                "nobody-" + a + "@it.payfast.test",
                "amount",
                1,
                "currency",
                "USD"))
        .post("/api/v1/transfers")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
    alice
        .money()
        .body(
            Map.of(
                "sourceWalletId",
                a,
                "recipientEmail",
                carol.email(),
                "destinationWalletId",
                oldestUsd,
                "amount",
                1,
                "currency",
                "USD"))
        .post("/api/v1/transfers")
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"));
  }

  @Test
  void refusalsAre422WithTheirCodeAndChangeNothing() {
    String a = alice.wallet("USD");
    String a2 = alice.wallet("USD");
    String eur = bob.wallet("EUR");
    alice.deposit(a, 500, "USD");

    expect(alice.transfer(a, a2, 501, "USD"), "insufficient_funds");
    expect(alice.transfer(a, eur, 100, "USD"), "currency_mismatch");
    expect(alice.transfer(a, a2, 100, "EUR"), "currency_mismatch");
    expect(alice.transfer(a, a, 100, "USD"), "same_wallet");
    expect(alice.transfer(a, a2, 1_000_001, "USD"), "amount_too_large");
    expect(
        alice
            .money()
            .body(Map.of("walletId", a, "amount", 1_000_001, "currency", "USD"))
            .post("/api/v1/deposits"),
        "amount_too_large");
    expect(
        alice
            .money()
            .body(Map.of("walletId", a, "amount", 501, "currency", "USD"))
            .post("/api/v1/withdrawals"),
        "insufficient_funds");
    expect(
        alice
            .money()
            .body(Map.of("sourceWalletId", a, "merchant", "m", "amount", 501, "currency", "USD"))
            .post("/api/v1/payments"),
        "insufficient_funds");

    assertThat(alice.balance(a)).isEqualTo(500);
    assertThat(alice.balance(a2)).isZero();
    assertThat(
            alice
                .request()
                .get("/api/v1/wallets/" + a + "/transactions")
                .jsonPath()
                .getList("data"))
        .hasSize(1);
  }

  @Test
  void dailyOutgoingLimitCountsEverySendingKind() {
    String a = alice.wallet("ZAR");
    String b = bob.wallet("ZAR");
    for (int i = 0; i < 3; i++) {
      alice.deposit(a, 1_000_000, "ZAR");
    }
    alice.transfer(a, b, 1_000_000, "ZAR").then().statusCode(201);
    alice
        .money()
        .body(Map.of("walletId", a, "amount", 1_000_000, "currency", "ZAR"))
        .post("/api/v1/withdrawals")
        .then()
        .statusCode(201);
    expect(
        alice
            .money()
            .body(
                Map.of("sourceWalletId", a, "merchant", "m", "amount", 500_001, "currency", "ZAR"))
            .post("/api/v1/payments"),
        "limit_exceeded");
    alice.transfer(a, b, 500_000, "ZAR").then().statusCode(201);
    expect(alice.transfer(a, b, 1, "ZAR"), "limit_exceeded");
    assertThat(alice.balance(a)).isEqualTo(500_000);
    // Incoming money is not limited.
    bob.transfer(b, a, 1_000_000, "ZAR").then().statusCode(201);
  }

  @Test
  void frozenAndClosedWalletsNeitherSendNorReceive() throws Exception {
    LedgerApi.User admin = LedgerApi.admin();
    String a = alice.wallet("USD");
    String b = bob.wallet("USD");
    alice.deposit(a, 1_000, "USD");
    admin
        .request()
        .post("/api/v1/admin/wallets/" + b + "/freeze")
        .then()
        .statusCode(200)
        .body("status", equalTo("FROZEN"));
    expect(alice.transfer(a, b, 10, "USD"), "wallet_frozen");
    expect(
        bob.money()
            .body(Map.of("walletId", b, "amount", 10, "currency", "USD"))
            .post("/api/v1/deposits"),
        "wallet_frozen");
    admin
        .request()
        .post("/api/v1/admin/wallets/" + b + "/unfreeze")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));
    alice.transfer(a, b, 10, "USD").then().statusCode(201);

    try (Connection db = LedgerApi.environment().openDatabase();
        Statement s = db.createStatement()) {
      s.executeUpdate("UPDATE account SET status = 'CLOSED' WHERE id = '" + b + "'");
    }
    expect(alice.transfer(a, b, 10, "USD"), "wallet_closed");
    expect(bob.transfer(b, a, 10, "USD"), "wallet_closed");
  }

  @Test
  void idempotencyKeyIsRequiredAndValidated() {
    String a = alice.wallet("USD");
    Map<String, Object> body = Map.of("walletId", a, "amount", 10, "currency", "USD");
    alice
        .request()
        .body(body)
        .post("/api/v1/deposits")
        .then()
        .statusCode(400)
        .body("code", equalTo("idempotency_key_required"));
    alice
        .request()
        .header("Idempotency-Key", "x".repeat(256))
        .body(body)
        .post("/api/v1/deposits")
        .then()
        .statusCode(400)
        .body("code", equalTo("idempotency_key_required"));
    alice
        .request()
        .header("Idempotency-Key", "")
        .body(body)
        .post("/api/v1/deposits")
        .then()
        .statusCode(400)
        .body("code", equalTo("idempotency_key_required"));
    assertThat(alice.balance(a)).isZero();
  }

  @Test
  void malformedMoneyIsValidationFailedAndUnknownWalletsAreNotFound() {
    String a = alice.wallet("USD");
    Map<String, Object> base =
        new HashMap<>(Map.of("walletId", a, "amount", 10, "currency", "USD"));
    for (Map.Entry<String, Object> bad :
        Map.<String, Object>of("amount", 0, "currency", "usd").entrySet()) {
      Map<String, Object> body = new HashMap<>(base);
      body.put(bad.getKey(), bad.getValue());
      alice
          .money()
          .body(body)
          .post("/api/v1/deposits")
          .then()
          .statusCode(400)
          .body("code", equalTo("validation_failed"))
          .body("errors[0].field", equalTo(bad.getKey()));
    }
    alice
        .money()
        .body("{\"walletId\":\"" + a + "\",\"amount\":12.5,\"currency\":\"USD\"}")
        .post("/api/v1/deposits")
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"));
    alice
        .money()
        .body(
            Map.of(
                "walletId",
                "00000000-0000-0000-0000-000000000000",
                "amount",
                10,
                "currency",
                "USD"))
        .post("/api/v1/deposits")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
    String bobs = bob.wallet("USD");
    alice
        .money()
        .body(Map.of("walletId", bobs, "amount", 10, "currency", "USD"))
        .post("/api/v1/deposits")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
  }

  static void expect(Response response, String code) {
    response
        .then()
        .statusCode(422)
        .contentType(org.hamcrest.Matchers.containsString("application/problem+json"))
        .body("code", equalTo(code));
  }
}

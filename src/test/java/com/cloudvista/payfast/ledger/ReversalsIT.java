package com.cloudvista.payfast.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Admin reversals: balanced, at most once, refused when the receiver no longer has the money. */
class ReversalsIT {

  static LedgerApi.User alice;
  static LedgerApi.User bob;
  static LedgerApi.User admin;

  @BeforeAll
  static void users() {
    alice = LedgerApi.newUser();
    bob = LedgerApi.newUser();
    admin = LedgerApi.admin();
  }

  private static io.restassured.response.Response reverse(LedgerApi.User who, String transaction) {
    return who.money()
        .body(Map.of("reason", "customer complaint"))
        .post("/api/v1/transactions/" + transaction + "/reversals");
  }

  @Test
  void aTransferIsReversedOnceAndTheSecondAttemptIs422() {
    String a = alice.wallet("GBP");
    String b = bob.wallet("GBP");
    alice.deposit(a, 1_000, "GBP");
    String transfer = alice.transfer(a, b, 400, "GBP").then().statusCode(201).extract().path("id");

    String reversal =
        reverse(admin, transfer)
            .then()
            .statusCode(201)
            .body("type", equalTo("REVERSAL"))
            .body("reversalOf", equalTo(transfer))
            .body("sourceWalletId", equalTo(b))
            .body("destinationWalletId", equalTo(a))
            .body("amount", equalTo(400))
            .extract()
            .path("id");
    assertThat(alice.balance(a)).isEqualTo(1_000);
    assertThat(bob.balance(b)).isZero();
    alice
        .request()
        .get("/api/v1/transactions/" + transfer)
        .then()
        .statusCode(200)
        .body("reversedBy", equalTo(reversal));
    bob.request().get("/api/v1/transactions/" + reversal).then().statusCode(200);

    reverse(admin, transfer).then().statusCode(422).body("code", equalTo("already_reversed"));
    reverse(admin, reversal).then().statusCode(409).body("code", equalTo("conflict"));
  }

  @Test
  void refusedWhenTheReceiverSpentTheMoney() {
    String a = alice.wallet("GBP");
    String b = bob.wallet("GBP");
    alice.deposit(a, 1_000, "GBP");
    String transfer = alice.transfer(a, b, 400, "GBP").then().statusCode(201).extract().path("id");
    bob.money()
        .body(Map.of("walletId", b, "amount", 100, "currency", "GBP"))
        .post("/api/v1/withdrawals")
        .then()
        .statusCode(201);
    reverse(admin, transfer).then().statusCode(422).body("code", equalTo("insufficient_funds"));
    assertThat(bob.balance(b)).isEqualTo(300);
    assertThat(alice.balance(a)).isEqualTo(600);
  }

  @Test
  void depositsAndPaymentsReverseAgainstTheSystemAccounts() {
    String a = alice.wallet("GBP");
    String deposit = alice.deposit(a, 1_000, "GBP");
    String payment =
        alice
            .money()
            .body(Map.of("sourceWalletId", a, "merchant", "Shop", "amount", 300, "currency", "GBP"))
            .post("/api/v1/payments")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    reverse(admin, payment).then().statusCode(201);
    assertThat(alice.balance(a)).isEqualTo(1_000);
    reverse(admin, deposit).then().statusCode(201);
    assertThat(alice.balance(a)).isZero();
  }

  @Test
  void onlyAdminsReverseAndUnknownTransactionsAreNotFound() {
    String a = alice.wallet("GBP");
    String deposit = alice.deposit(a, 100, "GBP");
    reverse(alice, deposit).then().statusCode(403).body("code", equalTo("forbidden"));
    reverse(admin, UUID.randomUUID().toString())
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
    admin
        .request()
        .body(Map.of("reason", "x"))
        .post("/api/v1/transactions/" + deposit + "/reversals")
        .then()
        .statusCode(400)
        .body("code", equalTo("idempotency_key_required"));
  }
}

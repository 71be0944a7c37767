package com.cloudvista.payfast.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** capture:false payments: hold, partial capture, void, expiry. */
class HoldsIT {

  static LedgerApi.User alice;

  @BeforeAll
  static void users() {
    alice = LedgerApi.newUser();
  }

  private String hold(String wallet, long amount) {
    return alice
        .money()
        .body(
            Map.of(
                "sourceWalletId",
                wallet,
                "merchant",
                "Hotel",
                "amount",
                amount,
                "currency",
                "USD",
                "capture",
                false))
        .post("/api/v1/payments")
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING"))
        .body("amount", equalTo((int) amount))
        .extract()
        .path("id");
  }

  @Test
  void holdReservesThenPartialCaptureReleasesTheRest() {
    String w = alice.wallet("USD");
    alice.deposit(w, 1_000, "USD");
    String payment = hold(w, 600);
    assertThat(alice.balance(w)).isEqualTo(1_000);
    assertThat(alice.available(w)).isEqualTo(400);
    MoneyMovementIT.expect(
        alice.transfer(w, alice.wallet("USD"), 401, "USD"), "insufficient_funds");

    alice
        .money()
        .body(Map.of("amount", 601))
        .post("/api/v1/payments/" + payment + "/capture")
        .then()
        .statusCode(409)
        .body("code", equalTo("conflict"));
    alice
        .money()
        .body(Map.of("amount", 250))
        .post("/api/v1/payments/" + payment + "/capture")
        .then()
        .statusCode(201)
        .body("status", equalTo("COMPLETED"))
        .body("amount", equalTo(250));
    assertThat(alice.balance(w)).isEqualTo(750);
    assertThat(alice.available(w)).isEqualTo(750);
    alice
        .money()
        .body("{}")
        .post("/api/v1/payments/" + payment + "/capture")
        .then()
        .statusCode(409)
        .body("code", equalTo("conflict"));
    alice
        .money()
        .body("{}")
        .post("/api/v1/payments/" + payment + "/void")
        .then()
        .statusCode(409)
        .body("code", equalTo("conflict"));
  }

  @Test
  void captureWithoutAmountTakesTheWholeHold() {
    String w = alice.wallet("USD");
    alice.deposit(w, 500, "USD");
    String payment = hold(w, 500);
    alice
        .money()
        .body("{}")
        .post("/api/v1/payments/" + payment + "/capture")
        .then()
        .statusCode(201)
        .body("amount", equalTo(500));
    assertThat(alice.balance(w)).isZero();
  }

  @Test
  void voidReleasesTheHoldAndCaptureAfterwardsIsAConflict() {
    String w = alice.wallet("USD");
    alice.deposit(w, 1_000, "USD");
    String payment = hold(w, 300);
    alice
        .money()
        .body("{}")
        .post("/api/v1/payments/" + payment + "/void")
        .then()
        .statusCode(201)
        .body("status", equalTo("VOIDED"));
    assertThat(alice.available(w)).isEqualTo(1_000);
    alice
        .money()
        .body("{}")
        .post("/api/v1/payments/" + payment + "/capture")
        .then()
        .statusCode(409)
        .body("code", equalTo("conflict"));
    LedgerApi.newUser()
        .money()
        .body("{}")
        .post("/api/v1/payments/" + payment + "/void")
        .then()
        .statusCode(404);
  }

  @Test
  void expiredHoldsAreVoidedBySweeperAndCannotBeCaptured() throws Exception {
    String w = alice.wallet("USD");
    alice.deposit(w, 1_000, "USD");
    String expiring = hold(w, 200);
    String refused = hold(w, 100);
    try (Connection db = LedgerApi.environment().openDatabase();
        Statement s = db.createStatement()) {
      s.executeUpdate(
          "UPDATE hold SET expires_at = now() - interval '1 second' WHERE transaction_id IN ('"
              + expiring
              + "', '"
              + refused
              + "')");
    }
    // Capturing after expiry is refused whether or not the sweeper got there first.
    alice
        .money()
        .body("{}")
        .post("/api/v1/payments/" + refused + "/capture")
        .then()
        .statusCode(422)
        .body("code", equalTo("hold_expired"));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    String status = null;
    while (Instant.now().isBefore(deadline)) {
      status =
          alice
              .request()
              .get("/api/v1/transactions/" + expiring)
              .then()
              .statusCode(200)
              .extract()
              .path("status");
      String other =
          alice
              .request()
              .get("/api/v1/transactions/" + refused)
              .then()
              .statusCode(200)
              .extract()
              .path("status");
      if ("VOIDED".equals(status) && "VOIDED".equals(other)) {
        break;
      }
      Thread.sleep(250);
    }
    assertThat(status).isEqualTo("VOIDED");
    assertThat(alice.available(w)).isEqualTo(1_000);
    assertThat(alice.balance(w)).isEqualTo(1_000);
  }
}

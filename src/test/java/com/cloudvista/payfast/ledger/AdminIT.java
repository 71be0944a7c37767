package com.cloudvista.payfast.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Admin: any wallet, freeze/unfreeze, reconciliation; everyone else gets 403. */
class AdminIT {

  @Test
  void adminSeesAnyWalletAndFreezesIt() {
    LedgerApi.User alice = LedgerApi.newUser();
    LedgerApi.User admin = LedgerApi.admin();
    String w = alice.wallet("USD");
    alice.deposit(w, 42, "USD");
    admin
        .request()
        .get("/api/v1/admin/wallets/" + w)
        .then()
        .statusCode(200)
        .body("balance", equalTo(42));
    admin
        .request()
        .post("/api/v1/admin/wallets/" + w + "/freeze")
        .then()
        .statusCode(200)
        .body("status", equalTo("FROZEN"));
    alice.request().get("/api/v1/wallets/" + w).then().body("status", equalTo("FROZEN"));
    admin
        .request()
        .post("/api/v1/admin/wallets/" + w + "/unfreeze")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));
    admin
        .request()
        .get("/api/v1/admin/wallets/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404);
  }

  @Test
  void nonAdminsAreForbidden() {
    LedgerApi.User alice = LedgerApi.newUser();
    String w = alice.wallet("USD");
    alice
        .request()
        .get("/api/v1/admin/wallets/" + w)
        .then()
        .statusCode(403)
        .body("code", equalTo("forbidden"));
    alice.request().post("/api/v1/admin/wallets/" + w + "/freeze").then().statusCode(403);
    alice.request().get("/api/v1/admin/reconciliation").then().statusCode(403);
  }

  @Test
  void reconciliationBalances() {
    LedgerApi.User alice = LedgerApi.newUser();
    String w = alice.wallet("EUR");
    alice.deposit(w, 1_000, "EUR");
    JsonPath report =
        LedgerApi.admin()
            .request()
            .get("/api/v1/admin/reconciliation")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(report.getList("mismatches")).isEmpty();
    assertThat(report.getList("currencies.currency")).contains("USD", "EUR", "GBP", "ZAR");
    long wallets = report.getLong("currencies.find { it.currency == 'EUR' }.walletBalanceTotal");
    long system = report.getLong("currencies.find { it.currency == 'EUR' }.systemBalanceTotal");
    assertThat(wallets).isGreaterThanOrEqualTo(1_000);
    assertThat(wallets + system).isZero();
    assertThat(report.getLong("currencies.find { it.currency == 'EUR' }.ledgerTotal")).isZero();
  }
}

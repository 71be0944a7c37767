package com.cloudvista.payfast.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET/PATCH /transactions and statement paging: filters, keyset cursors, per-side annotations,
 * 404s.
 */
class TransactionQueriesIT {

  static LedgerApi.User alice;
  static LedgerApi.User bob;
  static String a;
  static String b;
  static String dinner;

  @BeforeAll
  static void data() {
    alice = LedgerApi.newUser();
    bob = LedgerApi.newUser();
    a = alice.wallet("USD");
    b = bob.wallet("USD");
    alice.deposit(a, 100_000, "USD");
    for (int i = 1; i <= 7; i++) {
      alice.transfer(a, b, 100 * i, "USD").then().statusCode(201);
    }
    dinner =
        alice
            .money()
            .body(
                Map.of(
                    "sourceWalletId",
                    a,
                    "destinationWalletId",
                    b,
                    "amount",
                    5_000,
                    "currency",
                    "USD",
                    "description",
                    "Dinner at Luigi's 100%",
                    "category",
                    "dining"))
            .post("/api/v1/transfers")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    alice
        .money()
        .body(
            Map.of(
                "sourceWalletId", a, "merchant", "Book Nook", "amount", 1_234, "currency", "USD"))
        .post("/api/v1/payments")
        .then()
        .statusCode(201);
  }

  @Test
  void pagesWalkEverythingNewestFirstWithoutGapsOrRepeats() {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = alice.request().queryParam("limit", 3);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request.get("/api/v1/transactions").then().statusCode(200).extract().jsonPath();
      ids.addAll(page.getList("data.id"));
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null);
    assertThat(ids).hasSize(10).doesNotHaveDuplicates();
    assertThat(pages).isEqualTo(4);
    assertThat(ids.get(1)).isEqualTo(dinner);

    List<Long> balances = new ArrayList<>();
    cursor = null;
    do {
      var request = alice.request().queryParam("limit", 4);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request
              .get("/api/v1/wallets/" + a + "/transactions")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      balances.addAll(page.getList("data.balanceAfter", Long.class));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertThat(balances).hasSize(10);
    assertThat(balances.get(0)).isEqualTo(alice.balance(a));
    assertThat(balances.get(9)).isEqualTo(100_000);
  }

  @Test
  void filters() {
    assertThat(
            alice
                .request()
                .queryParam("type", "PAYMENT")
                .get("/api/v1/transactions")
                .jsonPath()
                .getList("data.merchant"))
        .containsExactly("Book Nook");
    assertThat(
            alice
                .request()
                .queryParam("q", "luigi's 100%")
                .get("/api/v1/transactions")
                .jsonPath()
                .getList("data.id"))
        .containsExactly(dinner);
    assertThat(
            alice
                .request()
                .queryParam("q", "nook")
                .get("/api/v1/transactions")
                .jsonPath()
                .getList("data.type"))
        .containsExactly("PAYMENT");
    assertThat(
            alice
                .request()
                .queryParam("minAmount", 500)
                .queryParam("maxAmount", 700)
                .get("/api/v1/transactions")
                .jsonPath()
                .getList("data.amount", Long.class))
        .containsExactly(700L, 600L, 500L);
    assertThat(
            alice
                .request()
                .queryParam("category", "dining")
                .get("/api/v1/transactions")
                .jsonPath()
                .getList("data.id"))
        .containsExactly(dinner);
    assertThat(
            bob.request()
                .queryParam("category", "dining")
                .get("/api/v1/transactions")
                .jsonPath()
                .getList("data"))
        .isEmpty();
    assertThat(
            alice
                .request()
                .queryParam("walletId", a)
                .queryParam("type", "DEPOSIT")
                .get("/api/v1/transactions")
                .jsonPath()
                .getList("data"))
        .hasSize(1);
    assertThat(
            alice
                .request()
                .queryParam("from", "2000-01-01")
                .queryParam("to", "2000-01-02")
                .get("/api/v1/transactions")
                .jsonPath()
                .getList("data"))
        .isEmpty();
    assertThat(
            alice
                .request()
                .queryParam("from", "2000-01-01T00:00:00Z")
                .get("/api/v1/transactions")
                .jsonPath()
                .getList("data"))
        .hasSize(10);
    assertThat(
            alice
                .request()
                .queryParam("type", "TRANSFER")
                .get("/api/v1/wallets/" + a + "/transactions")
                .jsonPath()
                .getList("data"))
        .hasSize(8);
    bob.request().queryParam("walletId", a).get("/api/v1/transactions").then().statusCode(404);
  }

  @Test
  void badQueryParametersAre400() {
    for (Map<String, Object> bad :
        List.<Map<String, Object>>of(
            Map.of("limit", 0),
            Map.of("limit", 201),
            Map.of("limit", "x"),
            Map.of("cursor", "forged"),
            Map.of("type", "GIFT"),
            Map.of("from", "yesterday"),
            Map.of("minAmount", "-1"))) {
      alice
          .request()
          .queryParams(bad)
          .get("/api/v1/transactions")
          .then()
          .statusCode(400)
          .body("code", equalTo("validation_failed"));
    }
    String cursor =
        alice
            .request()
            .queryParam("limit", 1)
            .get("/api/v1/transactions")
            .jsonPath()
            .getString("nextCursor");
    alice
        .request()
        .queryParam("cursor", cursor)
        .get("/api/v1/wallets/" + a + "/transactions")
        .then()
        .statusCode(400);
    bob.request().queryParam("cursor", cursor).get("/api/v1/transactions").then().statusCode(400);
  }

  @Test
  void annotationsBelongToTheCallersSide() {
    bob.request()
        .body(Map.of("category", "income", "note", "from Alice", "tags", List.of("friends")))
        .patch("/api/v1/transactions/" + dinner)
        .then()
        .statusCode(200)
        .body("category", equalTo("income"))
        .body("note", equalTo("from Alice"))
        .body("tags", equalTo(List.of("friends")));
    alice
        .request()
        .get("/api/v1/transactions/" + dinner)
        .then()
        .body("category", equalTo("dining"))
        .body("note", org.hamcrest.Matchers.nullValue());
    alice
        .request()
        .body(Map.of("note", "split later"))
        .patch("/api/v1/transactions/" + dinner)
        .then()
        .statusCode(200)
        .body("category", equalTo("dining"))
        .body("note", equalTo("split later"));
    bob.request().get("/api/v1/transactions/" + dinner).then().body("category", equalTo("income"));
    bob.request()
        .queryParam("category", "income")
        .get("/api/v1/wallets/" + b + "/transactions")
        .then()
        .statusCode(200)
        .body("data[0].transactionId", equalTo(dinner));
  }

  @Test
  void strangersSeeNothing() {
    LedgerApi.User eve = LedgerApi.newUser();
    eve.request()
        .get("/api/v1/transactions/" + dinner)
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
    eve.request()
        .body(Map.of("category", "x"))
        .patch("/api/v1/transactions/" + dinner)
        .then()
        .statusCode(404);
    eve.request().get("/api/v1/transactions/nope").then().statusCode(404);
    assertThat(eve.request().get("/api/v1/transactions").jsonPath().getList("data")).isEmpty();
  }
}

package com.cloudvista.payfast.expense;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.cloudvista.payfast.auth.MachineClientIT;
import com.cloudvista.payfast.ledger.LedgerApi;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input is a 400 naming the field, other users' ids are 404, machine clients need their scopes.
 */
class ExpenseErrorPathIT {

  private static final LedgerApi.User ALICE = LedgerApi.newUser();

  private static void refused(Response response, String field) {
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("validation_failed"))
        .body("errors.field", hasItem(field));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13", "2026-1", "26-01", "2026-01-01", "x"})
  void aMonthThatIsNotYyyyMmIs400(String month) {
    refused(
        ALICE
            .request()
            .queryParam("month", month)
            .queryParam("currency", "USD")
            .get("/api/v1/reports/spending"),
        "month");
    refused(ALICE.request().queryParam("month", month).get("/api/v1/budgets"), "month");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "25", "-1", "six"})
  void trendMonthsOutOfRangeAre400(String months) {
    refused(
        ALICE
            .request()
            .queryParam("months", months)
            .queryParam("currency", "USD")
            .get("/api/v1/reports/trends"),
        "months");
  }

  @Test
  void reportsNeedASupportedCurrency() {
    refused(ALICE.request().get("/api/v1/reports/spending"), "currency");
    refused(
        ALICE.request().queryParam("currency", "XXX").get("/api/v1/reports/trends"), "currency");
  }

  @Test
  void budgetsRefuseUnknownCategoriesAndLimitsThatAreNotPositive() {
    refused(
        ALICE
            .request()
            .body(Map.of("currency", "USD", "monthlyLimit", 100))
            .put("/api/v1/budgets/nope"),
        "category");
    refused(
        ALICE
            .request()
            .body(Map.of("currency", "USD", "monthlyLimit", 0))
            .put("/api/v1/budgets/dining"),
        "monthlyLimit");
    refused(
        ALICE
            .request()
            .body(Map.of("currency", "USD", "monthlyLimit", -5))
            .put("/api/v1/budgets/dining"),
        "monthlyLimit");
    refused(
        ALICE
            .request()
            .body(Map.of("currency", "USD", "monthlyLimit", 100, "rollover", "SOME"))
            .put("/api/v1/budgets/dining"),
        "rollover");
    refused(
        ALICE
            .request()
            .body(Map.of("currency", "USD", "monthlyLimit", 100, "fromMonth", "2026/01"))
            .put("/api/v1/budgets/dining"),
        "fromMonth");
  }

  @Test
  void expensesRefuseBadFields() {
    refused(post(Map.of("amount", 100, "currency", "USD", "spentAt", "yesterday")), "spentAt");
    refused(post(Map.of("amount", 100, "currency", "USD")), "spentAt");
    refused(
        post(Map.of("amount", 100, "currency", "JPY", "spentAt", "2026-11-01T00:00:00Z")),
        "currency");
    refused(
        post(
            Map.of(
                "amount",
                100,
                "currency",
                "USD",
                "category",
                "nope",
                "spentAt",
                "2026-11-01T00:00:00Z")),
        "category");
    refused(
        post(
            Map.of(
                "amount",
                100,
                "currency",
                "USD",
                "merchant",
                "nul\u0000byte",
                "spentAt",
                "2026-11-01T00:00:00Z")),
        "merchant");
    ALICE
        .request()
        .body("{\"amount\":\"100\",\"currency\":\"USD\",\"spentAt\":\"2026-11-01T00:00:00Z\"}")
        .post("/api/v1/expenses")
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"));
    ALICE
        .request()
        .body("{\"amount\":12.5,\"currency\":\"USD\",\"spentAt\":\"2026-11-01T00:00:00Z\"}")
        .post("/api/v1/expenses")
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"));
    ALICE
        .request()
        .body(Map.of("amount", 2_000_000, "currency", "USD", "spentAt", "2026-11-01T00:00:00Z"))
        .post("/api/v1/expenses")
        .then()
        .statusCode(422)
        .body("code", equalTo("amount_too_large"));
  }

  @Test
  void rulesNeedACondition() {
    refused(
        ALICE
            .request()
            .body(Map.of("name", "r", "match", Map.of(), "category", "dining"))
            .post("/api/v1/rules"),
        "match");
    refused(
        ALICE
            .request()
            .body(
                Map.of(
                    "name",
                    "r",
                    "match",
                    Map.of("minAmount", 500, "maxAmount", 100),
                    "category",
                    "dining"))
            .post("/api/v1/rules"),
        "match.minAmount");
    refused(
        ALICE
            .request()
            .body(Map.of("name", "r", "match", Map.of("merchantContains", "x"), "category", "nope"))
            .post("/api/v1/rules"),
        "category");
  }

  @Test
  void anotherUsersIdsAreNotFound() {
    LedgerApi.User bob = LedgerApi.newUser();
    String expense = ExpenseApi.expense(ALICE, 100, "dining", null, "2026-11-01T00:00:00Z");
    String rule =
        ALICE
            .request()
            .body(
                Map.of("name", "r", "match", Map.of("merchantContains", "x"), "category", "dining"))
            .post("/api/v1/rules")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String category =
        ALICE
            .request()
            .body(Map.of("name", "secret-" + System.nanoTime()))
            .post("/api/v1/categories")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    bob.request()
        .get("/api/v1/expenses/" + expense)
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
    bob.request()
        .body(Map.of("amount", 1))
        .patch("/api/v1/expenses/" + expense)
        .then()
        .statusCode(404);
    bob.request().delete("/api/v1/expenses/" + expense).then().statusCode(404);
    bob.request()
        .body(Map.of("name", "mine"))
        .patch("/api/v1/rules/" + rule)
        .then()
        .statusCode(404);
    bob.request().delete("/api/v1/rules/" + rule).then().statusCode(404);
    bob.request()
        .body(Map.of("name", "mine"))
        .patch("/api/v1/categories/" + category)
        .then()
        .statusCode(404);
    bob.request().get("/api/v1/expenses").then().statusCode(200).body("data.size()", equalTo(0));
    refused(
        bob.request()
            .body(Map.of("currency", "USD", "monthlyLimit", 100))
            .put("/api/v1/budgets/" + category),
        "category");
    ALICE.request().get("/api/v1/expenses/" + expense).then().statusCode(200);
  }

  @Test
  void machineClientsNeedReportsReadForReportsAndTransactionsWriteForExpenses() {
    String reader = machineToken(List.of("payfast/reports.read"));
    String writer = machineToken(List.of("payfast/transactions.write"));
    given()
        .auth()
        .oauth2(reader)
        .queryParam("currency", "USD")
        .get("/api/v1/reports/spending")
        .then()
        .statusCode(200);
    given().auth().oauth2(reader).get("/api/v1/budgets").then().statusCode(200);
    given()
        .auth()
        .oauth2(reader)
        .contentType("application/json")
        .body(Map.of("amount", 100, "currency", "USD", "spentAt", "2026-11-01T00:00:00Z"))
        .post("/api/v1/expenses")
        .then()
        .statusCode(403)
        .body("code", equalTo("forbidden"));
    given()
        .auth()
        .oauth2(writer)
        .queryParam("currency", "USD")
        .get("/api/v1/reports/trends")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(writer)
        .contentType("application/json")
        .body(Map.of("amount", 100, "currency", "USD", "spentAt", "2026-11-01T00:00:00Z"))
        .post("/api/v1/expenses")
        .then()
        .statusCode(201);
  }

  @Test
  void withoutATokenItIs401() {
    given()
        .queryParam("currency", "USD")
        .get("/api/v1/reports/spending")
        .then()
        .statusCode(401)
        .body("code", equalTo("unauthorized"));
    given().get("/api/v1/categories").then().statusCode(401);
  }

  private static Response post(Map<String, Object> body) {
    return ALICE.request().body(body).post("/api/v1/expenses");
  }

  /** A client-credentials token of a machine client of Alice's with these scopes. */
  static String machineToken(List<String> scopes) {
    Response created =
        MachineClientIT.createClient(ALICE.token(), scopes)
            .then()
            .statusCode(201)
            .extract()
            .response();
    return MachineClientIT.clientCredentials(
            created.jsonPath().getString("clientId"),
            created.jsonPath().getString("clientSecret"),
            null)
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}

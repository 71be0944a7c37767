package com.cloudvista.payfast.expense;

import static com.cloudvista.payfast.expense.ExpenseApi.at;
import static com.cloudvista.payfast.expense.ExpenseApi.categoryTotal;
import static com.cloudvista.payfast.expense.ExpenseApi.expense;
import static com.cloudvista.payfast.expense.ExpenseApi.report;
import static com.cloudvista.payfast.expense.ExpenseApi.thisMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import com.cloudvista.payfast.ledger.LedgerApi;
import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Budgets with rollover, categories (built-in and own), and auto-categorisation rules, over HTTP.
 */
class BudgetsCategoriesRulesIT {

  @Test
  void budgetStatusGoesFromOkToWarningToOver() {
    LedgerApi.User alice = LedgerApi.newUser();
    putBudget(alice, "groceries", 10_000, "NONE", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("OK"))
        .body("available", equalTo(10_000))
        .body("spent", equalTo(0));

    expense(alice, 8_000, "groceries", null, at(thisMonth(), 3));
    assertThat(budget(alice, thisMonth(), "groceries").getString("status")).isEqualTo("WARNING");
    assertThat(budget(alice, thisMonth(), "groceries").getFloat("percentUsed")).isEqualTo(80.0f);

    expense(alice, 2_001, "groceries", null, at(thisMonth(), 4));
    JsonPath over = budget(alice, thisMonth(), "groceries");
    assertThat(over.getString("status")).isEqualTo("OVER");
    assertThat(over.getLong("remaining")).isEqualTo(-1);
  }

  @Test
  void surplusCarriesForwardAndFullAlsoCarriesTheOverspend() {
    LedgerApi.User alice = LedgerApi.newUser();
    YearMonth start = thisMonth().minusMonths(2);
    putBudget(alice, "dining", 10_000, "SURPLUS", start.toString()).then().statusCode(200);
    putBudget(alice, "travel", 10_000, "FULL", start.toString()).then().statusCode(200);
    expense(alice, 6_000, "dining", null, at(start, 10)); // 4 000 left, carried
    expense(
        alice,
        15_000,
        "dining",
        null,
        at(start.plusMonths(1), 10)); // over: SURPLUS carries nothing
    expense(alice, 13_000, "travel", null, at(start, 10)); // -3 000, carried by FULL
    expense(alice, 2_000, "travel", null, at(start.plusMonths(1), 10)); // 5 000 left of 7 000

    JsonPath second = budgets(alice, start.plusMonths(1));
    assertThat(second.getLong("data.find { it.category == 'dining' }.carriedOver"))
        .isEqualTo(4_000);
    assertThat(second.getLong("data.find { it.category == 'dining' }.available")).isEqualTo(14_000);
    assertThat(second.getLong("data.find { it.category == 'travel' }.carriedOver"))
        .isEqualTo(-3_000);
    assertThat(second.getLong("data.find { it.category == 'travel' }.remaining")).isEqualTo(5_000);

    JsonPath third = budgets(alice, thisMonth());
    assertThat(third.getLong("data.find { it.category == 'dining' }.carriedOver")).isZero();
    assertThat(third.getLong("data.find { it.category == 'travel' }.carriedOver")).isEqualTo(5_000);
    assertThat(third.getLong("data.find { it.category == 'travel' }.available")).isEqualTo(15_000);

    // Before its start month the budget does not exist.
    assertThat(budgets(alice, start.minusMonths(1)).getList("data")).isEmpty();
  }

  @Test
  void aLimitChangeAppliesFromItsMonthAndKeepsThePastExact() {
    LedgerApi.User alice = LedgerApi.newUser();
    YearMonth start = thisMonth().minusMonths(1);
    putBudget(alice, "health", 5_000, "SURPLUS", start.toString()).then().statusCode(200);
    putBudget(alice, "health", 8_000, "SURPLUS", thisMonth().toString())
        .then()
        .statusCode(200)
        .body("limit", equalTo(8_000))
        .body("carriedOver", equalTo(5_000));
    assertThat(budget(alice, start, "health").getLong("limit")).isEqualTo(5_000);
    alice.request().delete("/api/v1/budgets/health").then().statusCode(204);
    assertThat(budgets(alice, thisMonth()).getList("data")).isEmpty();
    alice.request().delete("/api/v1/budgets/health").then().statusCode(404);
  }

  @Test
  void ownCategoriesAreUniquePerCallerAndBuiltInsCannotChange() {
    LedgerApi.User alice = LedgerApi.newUser();
    LedgerApi.User bob = LedgerApi.newUser();
    alice
        .request()
        .get("/api/v1/categories")
        .then()
        .statusCode(200)
        .body(
            "data.findAll { it.builtIn }.name",
            hasItems(
                "groceries",
                "dining",
                "transport",
                "housing",
                "utilities",
                "health",
                "entertainment",
                "shopping",
                "travel",
                "income",
                "other"));
    String id = createCategory(alice, "Pets").then().statusCode(201).extract().path("id");
    createCategory(alice, "pets").then().statusCode(409).body("code", equalTo("conflict"));
    createCategory(alice, "Dining").then().statusCode(409);
    createCategory(bob, "pets").then().statusCode(201); // another caller's names are theirs

    alice
        .request()
        .body(Map.of("name", "x"))
        .patch("/api/v1/categories/dining")
        .then()
        .statusCode(409);
    alice.request().delete("/api/v1/categories/other").then().statusCode(409);
    bob.request().delete("/api/v1/categories/" + id).then().statusCode(404);
    assertThat(
            alice
                .request()
                .get("/api/v1/categories")
                .then()
                .extract()
                .jsonPath()
                .getList("data.name"))
        .contains("Pets")
        .doesNotContain("pets");
  }

  @Test
  void renamingACategoryMovesItsLinesBudgetAndRulesAndDeletingMovesThemToOther() {
    LedgerApi.User alice = LedgerApi.newUser();
    String wallet = alice.wallet("USD");
    alice.deposit(wallet, 10_000, "USD");
    String id = createCategory(alice, "gym").then().statusCode(201).extract().path("id");
    expense(alice, 1_000, "gym", null, at(thisMonth(), 2));
    SpendingReportsIT.pay(alice, wallet, "Gym Co", 500, "gym", true);
    putBudget(alice, "gym", 4_000, "NONE", null).then().statusCode(200);
    createRule(
            alice,
            Map.of(
                "name", "gyms", "match", Map.of("merchantContains", "fitness"), "category", "gym"))
        .then()
        .statusCode(201);

    alice
        .request()
        .body(Map.of("name", "fitness"))
        .patch("/api/v1/categories/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("fitness"));
    assertThat(categoryTotal(report(alice, thisMonth()), "fitness")).isEqualTo(1_500);
    assertThat(budget(alice, thisMonth(), "fitness").getLong("spent")).isEqualTo(1_500);
    assertThat(
            alice
                .request()
                .get("/api/v1/rules")
                .then()
                .extract()
                .jsonPath()
                .getString("data[0].category"))
        .isEqualTo("fitness");

    alice.request().delete("/api/v1/categories/" + id).then().statusCode(204);
    JsonPath report = report(alice, thisMonth());
    assertThat(categoryTotal(report, "fitness")).isZero();
    assertThat(categoryTotal(report, "other")).isEqualTo(1_500);
    assertThat(budget(alice, thisMonth(), "other").getLong("limit")).isEqualTo(4_000);
  }

  @Test
  void rulesCategoriseLinesWithoutCategoryFirstMatchByPriorityAndAnExplicitCategoryWins() {
    LedgerApi.User alice = LedgerApi.newUser();
    LedgerApi.User bob = LedgerApi.newUser();
    String wallet = alice.wallet("USD");
    String bobWallet = bob.wallet("USD");
    alice.deposit(wallet, 50_000, "USD");
    createRule(
            alice,
            Map.of(
                "name",
                "big cafes",
                "match",
                Map.of("merchantContains", "CAFE", "minAmount", 1_000),
                "category",
                "entertainment",
                "priority",
                10))
        .then()
        .statusCode(201);
    createRule(
            alice,
            Map.of(
                "name",
                "cafes",
                "match",
                Map.of("merchantContains", "cafe"),
                "category",
                "dining",
                "priority",
                20))
        .then()
        .statusCode(201);
    createRule(
            alice,
            Map.of(
                "name",
                "rent",
                "match",
                Map.of("descriptionContains", "rent"),
                "category",
                "housing"))
        .then()
        .statusCode(201);

    assertThat(expenseCategory(alice, Map.of("amount", 300, "merchant", "Corner Cafe")))
        .isEqualTo("dining");
    assertThat(expenseCategory(alice, Map.of("amount", 1_500, "merchant", "Corner Cafe")))
        .isEqualTo("entertainment");
    assertThat(
            expenseCategory(
                alice, Map.of("amount", 300, "merchant", "Corner Cafe", "category", "travel")))
        .isEqualTo("travel");
    assertThat(expenseCategory(alice, Map.of("amount", 300, "merchant", "Bakery")))
        .isEqualTo("other");

    String payment = SpendingReportsIT.pay(alice, wallet, "Station cafe", 400, null, true);
    alice
        .request()
        .get("/api/v1/transactions/" + payment)
        .then()
        .statusCode(200)
        .body("category", equalTo("dining"));
    String transfer =
        alice
            .money()
            .body(
                Map.of(
                    "sourceWalletId",
                    wallet,
                    "destinationWalletId",
                    bobWallet,
                    "amount",
                    20_000,
                    "currency",
                    "USD",
                    "description",
                    "December rent"))
            .post("/api/v1/transfers")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    alice
        .request()
        .get("/api/v1/transactions/" + transfer)
        .then()
        .body("category", equalTo("housing"));
    bob.request()
        .get("/api/v1/transactions/" + transfer)
        .then()
        .body("category", nullValue()); // the receiver's own side

    List<String> order =
        alice
            .request()
            .get("/api/v1/rules")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("data.name");
    assertThat(order).containsExactly("big cafes", "cafes", "rent");
  }

  @Test
  void expensesArePagedNewestFirstAndFiltered() {
    LedgerApi.User alice = LedgerApi.newUser();
    YearMonth month = thisMonth();
    for (int day = 1; day <= 5; day++) {
      expense(
          alice, 100L * day, day % 2 == 0 ? "dining" : "groceries", "Shop " + day, at(month, day));
    }
    JsonPath first =
        alice
            .request()
            .queryParam("limit", 2)
            .get("/api/v1/expenses")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getList("data.amount", Long.class)).containsExactly(500L, 400L);
    JsonPath second =
        alice
            .request()
            .queryParam("limit", 2)
            .queryParam("cursor", first.getString("nextCursor"))
            .get("/api/v1/expenses")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(second.getList("data.amount", Long.class)).containsExactly(300L, 200L);

    assertThat(
            alice
                .request()
                .queryParam("category", "dining")
                .get("/api/v1/expenses")
                .then()
                .extract()
                .jsonPath()
                .getList("data.amount", Long.class))
        .containsExactly(400L, 200L);
    assertThat(
            alice
                .request()
                .queryParam("q", "shop 3")
                .get("/api/v1/expenses")
                .then()
                .extract()
                .jsonPath()
                .getList("data.amount", Long.class))
        .containsExactly(300L);
    assertThat(
            alice
                .request()
                .queryParam("from", month.atDay(2).toString())
                .queryParam("to", month.atDay(3).toString())
                .get("/api/v1/expenses")
                .then()
                .extract()
                .jsonPath()
                .getList("data.amount", Long.class))
        .containsExactly(300L, 200L);
  }

  static io.restassured.response.Response putBudget(
      LedgerApi.User user, String category, long limit, String rollover, String fromMonth) {
    Map<String, Object> body =
        new java.util.HashMap<>(
            Map.of("currency", "USD", "monthlyLimit", limit, "rollover", rollover));
    if (fromMonth != null) {
      body.put("fromMonth", fromMonth);
    }
    return user.request().body(body).put("/api/v1/budgets/" + category);
  }

  static JsonPath budgets(LedgerApi.User user, YearMonth month) {
    return user.request()
        .queryParam("month", month.toString())
        .queryParam("currency", "USD")
        .get("/api/v1/budgets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static JsonPath budget(LedgerApi.User user, YearMonth month, String category) {
    JsonPath all = budgets(user, month);
    Map<String, Object> one = all.get("data.find { it.category == '" + category + "' }");
    assertThat(one).as("budget %s in %s", category, month).isNotNull();
    return new JsonPath(jakarta.json.bind.JsonbBuilder.create().toJson(one));
  }

  static io.restassured.response.Response createCategory(LedgerApi.User user, String name) {
    return user.request().body(Map.of("name", name)).post("/api/v1/categories");
  }

  static io.restassured.response.Response createRule(
      LedgerApi.User user, Map<String, Object> rule) {
    return user.request().body(rule).post("/api/v1/rules");
  }

  static String expenseCategory(LedgerApi.User user, Map<String, Object> fields) {
    Map<String, Object> body = new java.util.HashMap<>(fields);
    body.put("currency", "USD");
    body.put("spentAt", at(thisMonth(), 1));
    return user.request()
        .body(body)
        .post("/api/v1/expenses")
        .then()
        .statusCode(201)
        .extract()
        .path("category");
  }
}

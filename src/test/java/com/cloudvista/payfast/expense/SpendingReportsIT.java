package com.cloudvista.payfast.expense;

import static com.cloudvista.payfast.expense.ExpenseApi.assertDrillDownsAddUp;
import static com.cloudvista.payfast.expense.ExpenseApi.at;
import static com.cloudvista.payfast.expense.ExpenseApi.categoryTotal;
import static com.cloudvista.payfast.expense.ExpenseApi.expense;
import static com.cloudvista.payfast.expense.ExpenseApi.report;
import static com.cloudvista.payfast.expense.ExpenseApi.thisMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.cloudvista.payfast.ledger.LedgerApi;
import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Spending as the contract defines it, through reports and their drill-down: captured payments,
 * outgoing transfers to someone else, withdrawals and manual expenses, net of reversals; holds
 * count once captured, with the captured amount.
 */
class SpendingReportsIT {

  @Test
  void everyKindOfSpendingCountsAndEachCategoryEqualsItsLines() {
    LedgerApi.User alice = LedgerApi.newUser();
    LedgerApi.User bob = LedgerApi.newUser();
    String wallet = alice.wallet("USD");
    String savings = alice.wallet("USD");
    String bobWallet = bob.wallet("USD");
    alice.deposit(wallet, 100_000, "USD");

    pay(alice, wallet, "Grocer", 1_200, "groceries", true);
    pay(alice, wallet, "Grocer", 800, "groceries", true);
    alice
        .money()
        .body(
            Map.of(
                "sourceWalletId",
                wallet,
                "destinationWalletId",
                bobWallet,
                "amount",
                2_500,
                "currency",
                "USD",
                "category",
                "dining"))
        .post("/api/v1/transfers")
        .then()
        .statusCode(201);
    alice
        .transfer(wallet, savings, 5_000, "USD")
        .then()
        .statusCode(201); // own wallets: no spending
    alice
        .money()
        .body(Map.of("walletId", wallet, "amount", 3_000, "currency", "USD"))
        .post("/api/v1/withdrawals")
        .then()
        .statusCode(201);
    expense(alice, 450, "dining", "Corner Cafe", at(thisMonth(), 1));
    expense(alice, 999, "dining", "Last month", at(thisMonth().minusMonths(1), 28));

    JsonPath report = report(alice, thisMonth());

    assertThat(report.getLong("total")).isEqualTo(1_200 + 800 + 2_500 + 3_000 + 450);
    assertThat(categoryTotal(report, "groceries")).isEqualTo(2_000);
    assertThat(categoryTotal(report, "dining")).isEqualTo(2_950);
    assertThat(categoryTotal(report, "other")).isEqualTo(3_000); // the withdrawal has no category
    assertThat(report.getList("byDay")).hasSize(thisMonth().lengthOfMonth());
    long byDay =
        report.getList("byDay", Map.class).stream()
            .mapToLong(d -> ((Number) d.get("total")).longValue())
            .sum();
    assertThat(byDay).isEqualTo(report.getLong("total"));
    assertDrillDownsAddUp(alice, report);

    // The receiver's side is income, not spending.
    assertThat(report(bob, thisMonth()).getLong("total")).isZero();
  }

  @Test
  void aHoldCountsOnceCapturedWithTheCapturedAmountAndAVoidedOneNever() {
    LedgerApi.User alice = LedgerApi.newUser();
    String wallet = alice.wallet("USD");
    alice.deposit(wallet, 10_000, "USD");
    String captured = pay(alice, wallet, "Hotel", 4_000, "travel", false);
    String voided = pay(alice, wallet, "Car hire", 3_000, "travel", false);

    assertThat(categoryTotal(report(alice, thisMonth()), "travel")).as("pending holds").isZero();

    alice
        .money()
        .body(Map.of("amount", 3_500))
        .post("/api/v1/payments/" + captured + "/capture")
        .then()
        .statusCode(201);
    alice.money().body("{}").post("/api/v1/payments/" + voided + "/void").then().statusCode(201);

    JsonPath report = report(alice, thisMonth());
    assertThat(categoryTotal(report, "travel")).isEqualTo(3_500);
    assertDrillDownsAddUp(alice, report);
  }

  @Test
  void aReversalRemovesTheSpending() {
    LedgerApi.User alice = LedgerApi.newUser();
    String wallet = alice.wallet("USD");
    alice.deposit(wallet, 10_000, "USD");
    String payment = pay(alice, wallet, "Shop", 2_000, "shopping", true);
    assertThat(categoryTotal(report(alice, thisMonth()), "shopping")).isEqualTo(2_000);

    LedgerApi.admin()
        .money()
        .body(Map.of("reason", "chargeback"))
        .post("/api/v1/transactions/" + payment + "/reversals")
        .then()
        .statusCode(201);

    JsonPath report = report(alice, thisMonth());
    assertThat(categoryTotal(report, "shopping")).isZero();
    assertDrillDownsAddUp(alice, report);
  }

  @Test
  void aReportIsFreshRightAfterEveryChange() {
    LedgerApi.User alice = LedgerApi.newUser();
    String day = at(thisMonth(), 2);
    assertThat(report(alice, thisMonth()).getLong("total")).isZero();
    String id = expense(alice, 700, "health", null, day);
    assertThat(report(alice, thisMonth()).getLong("total")).isEqualTo(700);
    alice
        .request()
        .body(Map.of("amount", 900))
        .patch("/api/v1/expenses/" + id)
        .then()
        .statusCode(200);
    assertThat(report(alice, thisMonth()).getLong("total")).isEqualTo(900);
    alice
        .request()
        .body(Map.of("category", "travel"))
        .patch("/api/v1/expenses/" + id)
        .then()
        .statusCode(200);
    assertThat(categoryTotal(report(alice, thisMonth()), "travel")).isEqualTo(900);
    alice.request().delete("/api/v1/expenses/" + id).then().statusCode(204);
    assertThat(report(alice, thisMonth()).getLong("total")).isZero();
  }

  @Test
  void annotatingTheCallersSideMovesTheSpending() {
    LedgerApi.User alice = LedgerApi.newUser();
    String wallet = alice.wallet("USD");
    alice.deposit(wallet, 10_000, "USD");
    String payment = pay(alice, wallet, "Cinema", 1_500, null, true);
    assertThat(categoryTotal(report(alice, thisMonth()), "other")).isEqualTo(1_500);

    alice
        .request()
        .body(Map.of("category", "entertainment"))
        .patch("/api/v1/transactions/" + payment)
        .then()
        .statusCode(200);

    JsonPath report = report(alice, thisMonth());
    assertThat(categoryTotal(report, "entertainment")).isEqualTo(1_500);
    assertThat(categoryTotal(report, "other")).isZero();
  }

  @Test
  void trendsCoverTheLastWholeMonthsWithAverageAndMedian() {
    LedgerApi.User alice = LedgerApi.newUser();
    YearMonth now = thisMonth();
    expense(alice, 1_000, "groceries", null, at(now.minusMonths(3), 5));
    expense(alice, 3_000, "groceries", null, at(now.minusMonths(2), 5));
    expense(alice, 500, "dining", null, at(now.minusMonths(2), 6));
    expense(alice, 2_000, "dining", null, at(now.minusMonths(1), 7));
    expense(alice, 9_999, "dining", null, at(now, 1)); // the current month is not whole yet

    JsonPath trends =
        alice
            .request()
            .queryParam("months", 3)
            .queryParam("currency", "USD")
            .get("/api/v1/reports/trends")
            .then()
            .statusCode(200)
            .body("currency", equalTo("USD"))
            .extract()
            .jsonPath();

    assertThat(trends.getList("months.month"))
        .containsExactly(
            now.minusMonths(3).toString(),
            now.minusMonths(2).toString(),
            now.minusMonths(1).toString());
    assertThat(trends.getList("months.total", Long.class)).containsExactly(1_000L, 3_500L, 2_000L);
    assertThat(trends.getLong("averageMonthly")).isEqualTo(2_167); // 6500 / 3, half up
    assertThat(trends.getLong("medianMonthly")).isEqualTo(2_000);
    assertThat(trends.getList("months[1].byCategory.category"))
        .containsExactly("groceries", "dining");
  }

  @Test
  void theDrillDownOfAMonthWithoutCategoryListsEveryLine() {
    LedgerApi.User alice = LedgerApi.newUser();
    for (int i = 1; i <= 5; i++) {
      expense(alice, 100L * i, i % 2 == 0 ? "dining" : "groceries", null, at(thisMonth(), i));
    }
    List<Map<String, Object>> lines =
        ExpenseApi.lines(alice, "/api/v1/reports/spending/lines?currency=USD&month=" + thisMonth());
    assertThat(lines).hasSize(5);
    assertThat(lines.stream().mapToLong(l -> ((Number) l.get("amount")).longValue()).sum())
        .isEqualTo(1_500);
    assertThat(lines.get(0).get("kind")).isEqualTo("EXPENSE");
    assertThat(lines.get(0).get("amount")).isEqualTo(500); // newest first
  }

  static String pay(
      LedgerApi.User user,
      String wallet,
      String merchant,
      long amount,
      String category,
      boolean capture) {
    Map<String, Object> body =
        new java.util.HashMap<>(
            Map.of(
                "sourceWalletId",
                wallet,
                "merchant",
                merchant,
                "amount",
                amount,
                "currency",
                "USD",
                "capture",
                capture));
    if (category != null) {
      body.put("category", category);
    }
    return user.money()
        .body(body)
        .post("/api/v1/payments")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}

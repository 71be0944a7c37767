package com.cloudvista.payfast.expense;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.ledger.LedgerApi;
import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Expense-tracking calls the ITs share, on top of the ledger's signed-up users. */
final class ExpenseApi {

  private ExpenseApi() {}

  static YearMonth thisMonth() {
    return YearMonth.now(ZoneOffset.UTC);
  }

  /** Noon UTC of a day of the month. */
  static String at(YearMonth month, int day) {
    return month.atDay(day) + "T12:00:00Z";
  }

  static String expense(
      LedgerApi.User user, long amount, String category, String merchant, String spentAt) {
    Map<String, Object> body =
        new HashMap<>(Map.of("amount", amount, "currency", "USD", "spentAt", spentAt));
    if (category != null) {
      body.put("category", category);
    }
    if (merchant != null) {
      body.put("merchant", merchant);
    }
    return user.request()
        .body(body)
        .post("/api/v1/expenses")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static JsonPath report(LedgerApi.User user, YearMonth month) {
    return user.request()
        .queryParam("month", month.toString())
        .queryParam("currency", "USD")
        .get("/api/v1/reports/spending")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Every line behind a drill-down URL, following the cursor through all pages. */
  static List<Map<String, Object>> lines(LedgerApi.User user, String url) {
    List<Map<String, Object>> all = new ArrayList<>();
    String cursor = null;
    do {
      var request = user.request().queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get(url).then().statusCode(200).extract().jsonPath();
      all.addAll(page.getList("data"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return all;
  }

  /** For each category of the report: its total equals the sum of the lines its URL lists. */
  static void assertDrillDownsAddUp(LedgerApi.User user, JsonPath report) {
    List<Map<String, Object>> categories = report.getList("byCategory");
    long reportTotal = 0;
    for (Map<String, Object> category : categories) {
      List<Map<String, Object>> lines = lines(user, (String) category.get("transactionsUrl"));
      long sum = lines.stream().mapToLong(l -> ((Number) l.get("amount")).longValue()).sum();
      assertThat(sum)
          .as("lines of %s", category.get("category"))
          .isEqualTo(((Number) category.get("total")).longValue());
      assertThat(lines).hasSize(((Number) category.get("count")).intValue());
      assertThat(lines)
          .allSatisfy(l -> assertThat(l.get("category")).isEqualTo(category.get("category")));
      reportTotal += sum;
    }
    assertThat(report.getLong("total")).isEqualTo(reportTotal);
  }

  static long categoryTotal(JsonPath report, String category) {
    Number total = report.get("byCategory.find { it.category == '" + category + "' }.total");
    return total == null ? 0 : total.longValue();
  }
}

package com.cloudvista.payfast.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.ledger.LedgerApi;
import com.cloudvista.payfast.testing.BrowserRun;
import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web UI end to end in Debian's Chromium (build-tools/web-ui.mjs, playwright-core + axe-core)
 * against the IT server: two users sign up, deposit, send money by e-mail with a double click, see
 * it in both lists, categorise it, see the budget and the report move, click a chart segment
 * through to its lines, request a statement, import a CSV and attach a receipt (both uploaded from
 * the browser straight to S3), sign out; an admin opens the admin screen; a deep link survives
 * sign-in. Then the API confirms that the double click moved the money once and that the files
 * arrived. Screenshots: target/web-ui/.
 */
class WebUiIT {

  @Test
  void twoUsersSendCategoriseReportAndSignOutInARealBrowser()
      throws IOException, InterruptedException {
    TestEnvironment.start();
    LedgerApi.User admin = LedgerApi.admin();

    Path shots = BrowserRun.shots("web-ui");
    JsonPath result =
        BrowserRun.run(
            "web-ui.mjs", shots, 240, shots.toString(), admin.email(), LedgerApi.PASSWORD);
    System.out.printf("web UI: steps %s%n", result.getList("steps"));
    System.out.printf(
        "web UI: first-load LCP %.0f ms, sign-up to dashboard %d ms, axe %s%n",
        result.getDouble("lcpMs"), result.getInt("signUpToDashboardMs"), result.getMap("axe"));

    assertThat(result.getString("error")).as("browser run (screenshots in %s)", shots).isNull();
    assertThat(result.getList("consoleErrors")).as("console errors").isEmpty();
    assertThat(result.getList("failedResponses"))
        .as("answers of 400 or more in normal use")
        .isEmpty();
    Map<String, Map<String, Object>> axe = result.getMap("axe");
    assertThat(axe)
        .containsKeys(
            "sign-in",
            "sign-up",
            "dashboard",
            "send-money",
            "transactions",
            "budgets",
            "reports",
            "spending-lines",
            "expenses",
            "files",
            "files-imported",
            "dashboard-mobile",
            "transactions-mobile",
            "admin");
    axe.forEach(
        (screen, audit) ->
            assertThat(audit.get("seriousOrCritical"))
                .as("serious or critical axe violations on %s: %s", screen, audit.get("details"))
                .isEqualTo(0));
    assertThat(result.getInt("annotateStatus")).isEqualTo(200);
    assertThat(result.getInt("budgetPercent")).as("12.34 of a 15.00 budget").isEqualTo(82);
    assertThat(result.getInt("drillDownLines")).isEqualTo(1);

    // The double click on Confirm moved the money once: one transfer on each side.
    String alice = token(result.getString("alice"), result.getString("password"));
    String bob = token(result.getString("bob"), result.getString("password"));
    for (String token : List.of(alice, bob)) {
      JsonPath transfers =
          given()
              .header("Authorization", "Bearer " + token)
              .queryParam("type", "TRANSFER")
              .get("/api/v1/transactions")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(transfers.getList("data")).hasSize(1);
      assertThat(transfers.getLong("data[0].amount")).isEqualTo(1234L);
    }
    JsonPath wallets =
        given()
            .header("Authorization", "Bearer " + alice)
            .get("/api/v1/wallets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(wallets.getLong("data[0].balance")).isEqualTo(10000L - 1234L);

    // What the browser sent straight to S3 arrived: the receipt is attached, the CSV became
    // expenses.
    JsonPath sent =
        given()
            .header("Authorization", "Bearer " + alice)
            .queryParam("type", "TRANSFER")
            .get("/api/v1/transactions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(sent.getString("data[0].receiptUrl")).isNotBlank();
    assertThat(sent.getString("data[0].note")).isEqualTo("Birthday dinner");
    assertThat(sent.getString("data[0].category")).isEqualTo("dining");
    JsonPath expenses =
        given()
            .header("Authorization", "Bearer " + alice)
            .get("/api/v1/expenses")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(expenses.<String>getList("data.merchant"))
        .containsExactlyInAnyOrder("Corner Cafe", "Grocer");
  }

  private static String token(String email, String password) {
    return given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("grant_type", "password")
        .formParam("username", email)
        .formParam("password", password)
        .post("/auth/v1/oauth2/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}

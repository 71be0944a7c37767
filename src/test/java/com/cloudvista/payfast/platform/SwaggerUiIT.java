package com.cloudvista.payfast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.ledger.LedgerApi;
import com.cloudvista.payfast.testing.BrowserRun;
import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI in a real browser (Debian's Chromium driven by playwright-core from build-tools/):
 * Authorize with the password flow and the UI's defaults, then "Try it out" on GET /api/v1/wallets
 * answers 200. Screenshots land in target/swagger-ui/.
 */
class SwaggerUiIT {

  @Test
  void authorizeWithDefaultsThenTryItOutListsTheCallersWallets()
      throws IOException, InterruptedException {
    TestEnvironment.start();
    LedgerApi.User user = LedgerApi.newUser();
    String wallet = user.wallet("USD");

    Path shots = BrowserRun.shots("swagger-ui");
    JsonPath result =
        BrowserRun.run(
            "swagger-ui.mjs", shots, 120, user.email(), LedgerApi.PASSWORD, shots.toString());
    System.out.println("Swagger UI: " + result.prettify());
    assertThat(result.getString("error")).as("browser run").isNull();
    assertThat(result.getBoolean("authorized")).isTrue();
    assertThat(result.getString("status")).isEqualTo("200");
    assertThat(result.getString("body")).contains(wallet);
  }
}

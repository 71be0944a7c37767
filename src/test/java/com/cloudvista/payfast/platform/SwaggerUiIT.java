package com.cloudvista.payfast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.ledger.LedgerApi;
import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI in a real browser (Debian's Chromium driven by playwright-core from build-tools/):
 * Authorize with the password flow and the UI's defaults, then "Try it out" on GET /api/v1/wallets
 * answers 200. Screenshots land in target/swagger-ui/.
 */
class SwaggerUiIT {

  @Test
  void authorizeWithDefaultsThenTryItOutListsTheCallersWallets() throws IOException, InterruptedException {
    TestEnvironment.start();
    Path chromium = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    assertThat(chromium).as("Debian's Chromium (apt-get install chromium; .ci/run installs it)").exists();
    LedgerApi.User user = LedgerApi.newUser();
    String wallet = user.wallet("USD");

    Path project = Path.of(System.getProperty("project.basedir", "."));
    Path shots = Files.createDirectories(project.resolve("target/swagger-ui"));
    Path output = shots.resolve("result.json");
    Process browser =
        new ProcessBuilder(
                List.of("node", project.resolve("build-tools/swagger-ui.mjs").toString(),
                    System.getProperty("it.base-url", "http://localhost:9180"), user.email(), LedgerApi.PASSWORD,
                    shots.toString()))
            .directory(project.resolve("build-tools").toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(output.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    assertThat(browser.waitFor(120, TimeUnit.SECONDS)).as("the browser run finished").isTrue();
    String printed = Files.readString(output, StandardCharsets.UTF_8).strip();
    System.out.println("Swagger UI: " + printed);
    JsonPath result = new JsonPath(printed.lines().reduce((a, b) -> b).orElse("{}"));
    assertThat(result.getString("error")).as("browser run").isNull();
    assertThat(result.getBoolean("authorized")).isTrue();
    assertThat(result.getString("status")).isEqualTo("200");
    assertThat(result.getString("body")).contains(wallet);
  }
}

package com.cloudvista.payfast.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
 * The served document passes Redocly's {@code recommended} rules with no error (the CLI is
 * installed into build-tools/ by the build), and with no warning either.
 */
class OpenApiLintIT {

  @Test
  void theServedDocumentLintsWithoutErrorsOrWarnings() throws IOException, InterruptedException {
    TestEnvironment.start();
    Path project = Path.of(System.getProperty("project.basedir", "."));
    Path document = project.resolve("target/openapi.yaml");
    String yaml = given().get("/openapi").then().statusCode(200).extract().asString();
    Files.writeString(document, yaml, StandardCharsets.UTF_8);

    Path redocly = project.resolve("build-tools/node_modules/.bin/redocly");
    assertThat(redocly).as("npm ci in build-tools (./mvnw generate-test-resources)").exists();
    Path report = project.resolve("target/openapi-lint.json");
    Process lint =
        new ProcessBuilder(
                List.of(redocly.toString(), "lint", document.toString(), "--format=json"))
            .redirectOutput(report.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("redocly finished").isTrue();

    JsonPath result = new JsonPath(Files.readString(report));
    int errors = result.getInt("totals.errors");
    System.out.printf(
        "OpenAPI lint (redocly recommended): %d errors, %d warnings %s%n",
        errors, result.getInt("totals.warnings"), result.getList("problems.ruleId"));
    assertThat(errors)
        .as(
            "redocly errors: "
                + result.getList("problems.findAll { it.severity == 'error' }.message"))
        .isZero();
    assertThat(result.getInt("totals.warnings"))
        .as(
            "redocly warnings: "
                + result.getList("problems.findAll { it.severity == 'warn' }.message"))
        .isZero();
  }
}

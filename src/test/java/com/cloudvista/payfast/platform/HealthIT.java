package com.cloudvista.payfast.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Readiness needs the database; Redis and S3 outages show in the check data but keep the pod in
 * service. The outages are real: the TCP path to Redis and PostgreSQL is cut, S3Proxy is stopped.
 */
class HealthIT {

  private static TestEnvironment environment;

  @BeforeAll
  static void server() {
    environment = TestEnvironment.start();
  }

  @AfterEach
  void restoreEverything() throws Exception {
    environment.database.restore();
    environment.redis.restore();
    environment.s3.start();
    environment.awaitReady(Duration.ofSeconds(60));
    awaitReadiness(
        json -> "UP".equals(optional(json, "redis")) && "UP".equals(optional(json, "s3")));
  }

  @Test
  void allUpWhenEveryServiceAnswers() {
    JsonPath ready =
        awaitReadiness(
            json -> "UP".equals(optional(json, "s3")) && "UP".equals(optional(json, "redis")));

    assertThat(ready.getString("status")).isEqualTo("UP");
    assertThat(check(ready, "database")).isEqualTo("UP");
    assertThat(optional(ready, "redis")).isEqualTo("UP");
    assertThat(optional(ready, "s3")).isEqualTo("UP");
    given().when().get("/health/live").then().statusCode(200);
    given().when().get("/health/started").then().statusCode(200);
  }

  @Test
  void redisOutageIsReportedButKeepsTheServiceReady() throws Exception {
    environment.redis.cut();

    JsonPath ready = awaitReadiness(json -> "DOWN".equals(optional(json, "redis")));

    assertThat(ready.getString("status")).isEqualTo("UP");
    assertThat(check(ready, "database")).isEqualTo("UP");
  }

  @Test
  void s3OutageIsReportedButKeepsTheServiceReady() throws Exception {
    environment.s3.stop();

    JsonPath ready = awaitReadiness(json -> "DOWN".equals(optional(json, "s3")));

    assertThat(ready.getString("status")).isEqualTo("UP");
    assertThat(readinessStatusCode()).isEqualTo(200);
    assertThat(optional(ready, "s3Reason")).isNotBlank();
    assertNamesNoAddressOrPath(ready.prettify());
  }

  @Test
  void healthDataNamesComponentsAndStatesNotAddressesOrPaths() {
    JsonPath ready =
        awaitReadiness(
            json -> "UP".equals(optional(json, "s3")) && "UP".equals(optional(json, "redis")));

    assertNamesNoAddressOrPath(ready.prettify());
    assertNamesNoAddressOrPath(given().when().get("/health").then().extract().asString());
  }

  @Test
  void operationsEndpointsAnswerNoCors() {
    for (String path : new String[] {"/metrics", "/health/ready", "/openapi", "/api/v1/wallets"}) {
      io.restassured.response.Response response =
          given().header("Origin", "https://attacker.example").when().get(path);
      assertThat(response.getHeader("Access-Control-Allow-Origin")).as(path).isNull();
      assertThat(response.getHeader("Access-Control-Allow-Credentials")).as(path).isNull();
    }
  }

  private static void assertNamesNoAddressOrPath(String body) {
    assertThat(body)
        .doesNotContain("://", "127.0.0.1", "localhost", "s3-data", "/tmp/", "/work/", "target/");
  }

  @Test
  void databaseOutageTakesTheServiceOutOfRotationUntilItReturns() throws Exception {
    environment.database.cut();

    JsonPath down = awaitReadiness(json -> "DOWN".equals(json.getString("status")));

    assertThat(check(down, "database")).isEqualTo("DOWN");
    assertThat(readinessStatusCode()).isEqualTo(503);
    given().when().get("/health/live").then().statusCode(200);
    io.restassured.response.Response signUp =
        given()
            .contentType("application/json")
            .body(
                java.util.Map.of(
                    "email", "db-down-" + java.util.UUID.randomUUID() + "@it.payfast.test",
                    "password", "Db-Down-Passw0rd!",
                    "displayName", "DB down"))
            .when()
            .post("/auth/v1/users");
    assertThat(signUp.statusCode()).isEqualTo(503);
    assertThat(signUp.contentType()).startsWith("application/problem+json");
    assertThat(signUp.jsonPath().getString("code")).isEqualTo("unavailable");
    assertThat(signUp.body().asString())
        .doesNotContainIgnoringCase("exception")
        .doesNotContain("SQL");
    assertThat(signUp.header("Retry-After")).isNotBlank();

    environment.database.restore();
    JsonPath up = awaitReadiness(json -> "UP".equals(json.getString("status")));
    assertThat(check(up, "database")).isEqualTo("UP");
  }

  private static int readinessStatusCode() {
    return given().when().get("/health/ready").then().extract().statusCode();
  }

  private static JsonPath awaitReadiness(Predicate<JsonPath> condition) {
    return environment.awaitReadiness(condition, Duration.ofSeconds(30));
  }

  private static String check(JsonPath json, String name) {
    return json.getString("checks.find { it.name == '" + name + "' }.status");
  }

  private static String optional(JsonPath json, String key) {
    return TestEnvironment.optionalService(json, key);
  }
}

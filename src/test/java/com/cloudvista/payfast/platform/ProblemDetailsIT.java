package com.cloudvista.payfast.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors outside any business endpoint still answer RFC 9457 problem+json with the request id. */
class ProblemDetailsIT {

  @BeforeAll
  static void server() {
    TestEnvironment.start();
  }

  @Test
  void unknownPathIsProblemJson404() {
    Response response = given().when().get("/no/such/path").then().extract().response();

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("code")).isEqualTo("not_found");
    assertThat(response.jsonPath().getInt("status")).isEqualTo(404);
    assertThat(response.jsonPath().getString("type")).endsWith("/not_found");
    assertThat(response.jsonPath().getString("title")).isNotBlank();
    assertThat(response.jsonPath().getString("instance")).isEqualTo("/no/such/path");
    assertThat(response.jsonPath().getString("requestId"))
        .isEqualTo(response.header("X-Request-Id"));
  }

  @Test
  void aBodyOverTheLimitIs413WithTheRequestId() {
    Response response =
        given()
            .contentType("application/json")
            .body("{\"name\":\"" + "x".repeat(70 * 1024) + "\"}")
            .when()
            .post("/api/v1/wallets")
            .then()
            .extract()
            .response();

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.header("X-Request-Id")).isNotBlank();
    assertThat(response.jsonPath().getString("requestId"))
        .isEqualTo(response.header("X-Request-Id"));
  }

  @Test
  void unknownPathUnderAnApiIsProblemJson404() {
    given()
        .when()
        .get("/api/v1/no-such-resource")
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("not_found"))
        .body("instance", equalTo("/api/v1/no-such-resource"));
  }

  @Test
  void saneRequestIdIsEchoedInHeaderAndBody() {
    given()
        .header("X-Request-Id", "client-req-42")
        .when()
        .get("/missing")
        .then()
        .statusCode(404)
        .header("X-Request-Id", "client-req-42")
        .body("requestId", equalTo("client-req-42"));
  }

  @Test
  void unsafeRequestIdIsReplacedByAGeneratedOne() {
    String answered =
        given()
            .header("X-Request-Id", "evil id\" with <script>")
            .when()
            .get("/")
            .then()
            .statusCode(200)
            .extract()
            .header("X-Request-Id");

    assertThat(answered).matches("[0-9a-f-]{36}");
  }

  @Test
  void wrongMethodOnStaticContentIsProblemJson405() {
    given()
        .contentType("application/json")
        .body("{}")
        .when()
        .post("/index.html")
        .then()
        .statusCode(405)
        .header("Allow", containsString("GET"))
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("method_not_allowed"));
  }

  @Test
  void webUiAndSwaggerUiAndOpenApiAnswer() {
    given().when().get("/").then().statusCode(200).contentType(containsString("text/html"));
    given().when().get("/openapi/ui/").then().statusCode(200);
    given()
        .accept("application/json")
        .when()
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("PayFast Wallet API"))
        .body(
            "components.securitySchemes.oauth2.flows.password.tokenUrl",
            equalTo("/auth/v1/oauth2/token"))
        .body(
            "components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl",
            equalTo("/auth/v1/oauth2/token"))
        .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
  }

  @Test
  void metricsArePrometheusText() {
    given().when().get("/auth/v1/.well-known/jwks.json").then().statusCode(200);
    String metrics = given().when().get("/metrics").then().statusCode(200).extract().asString();

    assertThat(metrics).contains("# TYPE").contains("jvm_uptime_seconds");
    // Liberty's monitors that server.xml keeps: HTTP durations by route, the pools.
    assertThat(metrics)
        .containsPattern(
            "http_server_request_duration_seconds_count\\{[^}]*http_route=\"/auth/v1/\\.well-known/jwks\\.json\"")
        .contains("connectionpool_managedConnections")
        .contains("threadpool_activeThreads");
    // ... and the ones it leaves out, which repeat the HTTP durations or count sessions never made.
    assertThat(metrics)
        .doesNotContain("servlet_request_total")
        .doesNotContain("REST_request_total")
        .doesNotContain("session_liveSessions");
  }

  /**
   * Requests the container refuses itself (bad percent-encoding, an encoded slash) answer
   * problem+json too.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"/api/v1/wallets/%ff", "/auth/v1/users/%ff", "/api/v1/transactions/a%2Fb"})
  void containerRefusalsAreProblemJsonWithARequestId(String path) {
    io.restassured.response.Response answer = given().urlEncodingEnabled(false).when().get(path);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    assertThat(answer.headers().hasHeaderWithName("$WSEP"))
        .as("a container-internal header")
        .isFalse();
    assertThat(answer.jsonPath().getString("code")).isEqualTo("validation_failed");
    assertThat(answer.jsonPath().getString("requestId")).isEqualTo(answer.header("X-Request-Id"));
  }
}

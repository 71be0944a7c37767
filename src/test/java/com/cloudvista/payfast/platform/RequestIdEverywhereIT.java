package com.cloudvista.payfast.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every web module of the server answers one {@code X-Request-Id}: Liberty's own health, metrics
 * and OpenAPI modules as well as the application (server.xml {@code <bell>}, EdgeRequestIds).
 */
class RequestIdEverywhereIT {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @BeforeAll
  static void server() {
    TestEnvironment.start();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/health",
        "/health/live",
        "/health/ready",
        "/health/started",
        "/metrics",
        "/openapi",
        "/openapi/ui/",
        "/auth/v1/.well-known/jwks.json",
        "/api/v1/wallets",
        "/no/such/path"
      })
  void eachModuleAnswersOneNewRequestId(String path) {
    Response response =
        given().redirects().follow(false).when().get(path).then().extract().response();

    assertThat(response.headers().getValues("X-Request-Id")).hasSize(1);
    assertThat(response.header("X-Request-Id")).matches(UUID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/health/ready", "/metrics", "/openapi", "/api/v1/wallets"})
  void aSaneIncomingIdIsEchoedAndAnUnsafeOneReplaced(String path) {
    Response echoed =
        given().header("X-Request-Id", "lb-7f3a.42").when().get(path).then().extract().response();
    Response replaced =
        given()
            .header("X-Request-Id", "two words<script>")
            .when()
            .get(path)
            .then()
            .extract()
            .response();

    assertThat(echoed.headers().getValues("X-Request-Id")).containsExactly("lb-7f3a.42");
    assertThat(replaced.headers().getValues("X-Request-Id")).hasSize(1);
    assertThat(replaced.header("X-Request-Id")).matches(UUID);
  }

  @Test
  void theApplicationsProblemBodyCarriesTheSameIdAsTheHeader() {
    Response response = given().when().get("/api/v1/wallets").then().extract().response();

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.jsonPath().getString("requestId"))
        .isEqualTo(response.header("X-Request-Id"));
  }
}

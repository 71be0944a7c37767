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

  /**
   * Paths the web container refuses while it chooses the module (CWWWC0005I, its own HTML body):
   * EdgePathGuard answers them first, for every module, with the contract's problem.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/wallets/%00",
        "/api/v1/wallets/%0D",
        "/api/v1/wallets/%0A",
        "/auth/v1/%00",
        "/auth/v1/oauth2/token%0D%0AX-Injected:%20yes",
        "/health/%00",
        "/health/ready%0A",
        "/metrics/%00",
        "/%00",
        "/api/v1/wallets/..%2F..%2F..%2F..%2Fx",
        "/.;/api/v1/wallets",
        "/;a/api/v1/wallets"
      })
  void aPathTheContainerRefusesIsAProblemWithARequestId(String path) {
    for (String incoming : new String[] {null, "lb-7f3a.42"}) {
      var request = given().noFilters().urlEncodingEnabled(false).redirects().follow(false);
      if (incoming != null) {
        request = request.header("X-Request-Id", incoming);
      }
      Response response = request.when().get(path).then().extract().response();

      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(response.contentType()).as(path).startsWith("application/problem+json");
      assertThat(response.headers().getValues("X-Request-Id")).as(path).hasSize(1);
      assertThat(response.header("X-Request-Id"))
          .as(path)
          .matches(incoming == null ? UUID : "lb-7f3a\\.42");
      assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(response.header("X-Injected")).as(path).isNull();
      assertThat(response.jsonPath().getString("code")).isEqualTo("validation_failed");
      assertThat(response.jsonPath().getInt("status")).isEqualTo(400);
      assertThat(response.jsonPath().getString("requestId"))
          .isEqualTo(response.header("X-Request-Id"));
      assertThat(response.jsonPath().getList("errors.field")).containsExactly("path");
      assertThat(response.asString())
          .as(path)
          .doesNotContainIgnoringCase("CWWWC")
          .doesNotContainIgnoringCase("liberty")
          .doesNotContainIgnoringCase("websphere")
          .doesNotContain("<");
      assertThat(response.headers().asList().toString())
          .as(path)
          .doesNotContainIgnoringCase("liberty")
          .doesNotContainIgnoringCase("websphere");
    }
  }

  @Test
  void theApplicationsProblemBodyCarriesTheSameIdAsTheHeader() {
    Response response = given().when().get("/api/v1/wallets").then().extract().response();

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.jsonPath().getString("requestId"))
        .isEqualTo(response.header("X-Request-Id"));
  }
}

package com.cloudvista.payfast.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.cloudvista.payfast.testing.TestEnvironment;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The WAR serves the web UI at / with an SPA fallback that leaves the APIs and files alone. */
class WebUiServingIT {

  @BeforeAll
  static void start() {
    TestEnvironment.start();
  }

  @Test
  void aDeepLinkReloadsIntoTheAppWithFreshHtmlAndAContentSecurityPolicy() {
    String page =
        given()
            .accept("text/html,application/xhtml+xml")
            .when()
            .get("/transactions?category=dining")
            .then()
            .statusCode(200)
            .contentType(containsString("text/html"))
            .header("Cache-Control", "no-cache")
            .header("Content-Security-Policy", containsString("script-src 'self'"))
            .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
            .header("X-Request-Id", org.hamcrest.Matchers.notNullValue())
            .extract()
            .asString();
    assertThat(page).contains("<div id=\"root\"></div>");
    String root = given().accept("text/html").get("/").then().statusCode(200).extract().asString();
    assertThat(root).isEqualTo(page);
  }

  @Test
  void hashedAssetsAreImmutable() {
    String page = given().accept("text/html").get("/").asString();
    Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
    assertThat(script.find()).as("index.html loads a hashed script").isTrue();
    given()
        .when()
        .get(script.group(1))
        .then()
        .statusCode(200)
        .contentType(containsString("javascript"))
        .header("Cache-Control", "public, max-age=31536000, immutable");
  }

  @Test
  void theApisFilesAndNonHtmlRequestsAreNotRewritten() {
    given()
        .accept("text/html")
        .when()
        .get("/api/v1/no-such-resource")
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"));
    given()
        .accept("text/html")
        .when()
        .get("/assets/missing-0000.js")
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"));
    given()
        .accept("text/html")
        .when()
        .get("/favicon-missing.png")
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"));
    given()
        .accept("application/json")
        .when()
        .get("/transactions")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
    given()
        .accept("text/html")
        .contentType("application/json")
        .body("{}")
        .when()
        .post("/transactions")
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"));
  }
}

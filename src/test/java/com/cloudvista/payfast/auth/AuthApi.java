package com.cloudvista.payfast.auth;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** Black-box helpers for the Auth API used by the ITs. */
final class AuthApi {

  static final String PASSWORD = "Correct-Horse-9-battery";
  static final String WEB_CLIENT = "payfast-web";

  private AuthApi() {}

  static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.payfast.test";
  }

  static Response signUp(String email, String password) {
    return given()
        .contentType("application/json")
        .body(Map.of("email", email, "password", password, "displayName", "IT " + email))
        .when()
        .post("/auth/v1/users");
  }

  static Response passwordGrant(String email, String password) {
    return given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("grant_type", "password")
        .formParam("username", email)
        .formParam("password", password)
        .formParam("client_id", WEB_CLIENT)
        .when()
        .post("/auth/v1/oauth2/token");
  }

  static Response refreshGrant(String refreshToken) {
    return given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("grant_type", "refresh_token")
        .formParam("refresh_token", refreshToken)
        .formParam("client_id", WEB_CLIENT)
        .when()
        .post("/auth/v1/oauth2/token");
  }

  /** Signs up a fresh user and signs in: the token response. */
  static Response newUserTokens(String prefix) {
    String email = uniqueEmail(prefix);
    signUp(email, PASSWORD).then().statusCode(201);
    return passwordGrant(email, PASSWORD).then().statusCode(200).extract().response();
  }

  static String newUserAccessToken(String prefix) {
    return newUserTokens(prefix).jsonPath().getString("access_token");
  }

  static Response me(String accessToken) {
    return given().auth().oauth2(accessToken).when().get("/auth/v1/users/me");
  }
}

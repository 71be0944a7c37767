package com.cloudvista.payfast.auth;

import static com.cloudvista.payfast.auth.AuthApi.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Repeated wrong passwords for one username are throttled with 429 and Retry-After. */
class LoginThrottleIT {

  @BeforeAll
  static void server() {
    TestEnvironment.start();
  }

  @Test
  void fiveWrongPasswordsThenEvenTheRightOneIs429() {
    String email = AuthApi.uniqueEmail("throttle");
    AuthApi.signUp(email, PASSWORD).then().statusCode(201);
    for (int i = 0; i < 5; i++) {
      AuthApi.passwordGrant(email, "Wrong-password-" + i)
          .then()
          .statusCode(400)
          .body("error", equalTo("invalid_grant"));
    }
    Response refused = AuthApi.passwordGrant(email, PASSWORD);
    refused.then().statusCode(429).body("error", equalTo("rate_limited"));
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 900L);

    // Another username from the same IP is unaffected.
    String other = AuthApi.uniqueEmail("throttle-other");
    AuthApi.signUp(other, PASSWORD).then().statusCode(201);
    AuthApi.passwordGrant(other, PASSWORD).then().statusCode(200);
  }
}

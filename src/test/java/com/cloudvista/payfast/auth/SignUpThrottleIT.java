package com.cloudvista.payfast.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sign-up is throttled per e-mail (default 5 attempts an hour; the IT server keeps that default and
 * lifts only the per-address limit, because every IT signs up from 127.0.0.1): probing one address
 * for "already registered" answers 429 after a few tries, however the address is spelled.
 */
class SignUpThrottleIT {

  @Test
  void probingOneEmailIsThrottled() {
    TestEnvironment.start();
    String email = "throttle-" + UUID.randomUUID() + "@it.payfast.test";
    List<Integer> statuses = new ArrayList<>();
    Response last = null;
    for (int attempt = 0; attempt < 7; attempt++) {
      String spelled = attempt % 2 == 0 ? email : email.toUpperCase();
      last =
          given()
              .contentType("application/json")
              .body(Map.of("email", spelled, "password", "Throttle-Passw0rd!", "displayName", "T"))
              .post("/auth/v1/users");
      statuses.add(last.statusCode());
    }
    assertThat(statuses).containsExactly(201, 409, 409, 409, 409, 429, 429);
    assertThat(last.contentType()).startsWith("application/problem+json");
    assertThat(last.jsonPath().getString("code")).isEqualTo("rate_limited");
    assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
  }
}

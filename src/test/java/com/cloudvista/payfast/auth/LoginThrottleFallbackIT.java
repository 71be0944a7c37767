package com.cloudvista.payfast.auth;

import static com.cloudvista.payfast.auth.AuthApi.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With Redis unreachable the login throttle still refuses the N+1-th attempt (in-process counters).
 */
class LoginThrottleFallbackIT {

  private static TestEnvironment environment;

  @BeforeAll
  static void server() {
    environment = TestEnvironment.start();
  }

  @AfterEach
  void redisBack() throws Exception {
    environment.redis.restore();
  }

  @Test
  void wrongPasswordsAreThrottledWithoutRedis() throws Exception {
    String email = AuthApi.uniqueEmail("throttle-fallback");
    AuthApi.signUp(email, PASSWORD).then().statusCode(201);
    environment.redis.cut();

    for (int i = 0; i < 5; i++) {
      AuthApi.passwordGrant(email, "Wrong-password-" + i).then().statusCode(400);
    }
    Response refused = AuthApi.passwordGrant(email, PASSWORD);

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
  }
}

package com.cloudvista.payfast.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.ledger.LedgerApi.User;
import com.cloudvista.payfast.testing.Metrics;
import com.cloudvista.payfast.testing.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs only in the build's second pass of the ledger ITs, where Redis accepts connections and never
 * answers (it.redis.mode=unreachable, see pom.xml): proves that pass really ran without Redis.
 * Reads come from PostgreSQL (no cache hit moves), limits are counted in-process, the circuit
 * breaker refuses calls instead of waiting on Redis, and readiness stays UP with Redis reported
 * DOWN.
 */
@EnabledIfSystemProperty(named = "it.redis.mode", matches = "unreachable")
class RedisOutagePassIT {

  @Test
  void theLedgerServesEveryCallFromPostgreSqlWhileRedisIsDead() {
    TestEnvironment environment = TestEnvironment.start();
    User alice = LedgerApi.newUser();
    User bob = LedgerApi.newUser();
    String a = alice.wallet("EUR");
    String b = bob.wallet("EUR");
    double hits = Metrics.sum("application", "payfast_cache_hits");
    double fallbacks = Metrics.sum("application", "payfast_ratelimit_fallback_decisions");
    double refused =
        Metrics.sum(
            "base",
            "ft_circuitbreaker_calls_total",
            Metrics.REDIS_CIRCUIT,
            "circuitBreakerResult=\"circuitBreakerOpen\"");

    alice.deposit(a, 3_000, "EUR");
    alice.transfer(a, b, 1_200, "EUR").then().statusCode(201);
    long started = System.nanoTime();
    for (int i = 0; i < 10; i++) {
      assertThat(alice.balance(a)).isEqualTo(1_800);
      assertThat(bob.balance(b)).isEqualTo(1_200);
    }
    System.out.printf(
        "[redis-outage] 20 wallet GETs with Redis unreachable: %.1f ms each on average%n",
        (System.nanoTime() - started) / 20 / 1e6);

    assertThat(Metrics.sum("application", "payfast_cache_hits"))
        .as("no read served from Redis")
        .isEqualTo(hits);
    assertThat(Metrics.sum("application", "payfast_ratelimit_fallback_decisions"))
        .as("the deposit and the transfer were counted in-process")
        .isGreaterThanOrEqualTo(fallbacks + 2);
    assertThat(
            Metrics.sum(
                "base",
                "ft_circuitbreaker_calls_total",
                Metrics.REDIS_CIRCUIT,
                "circuitBreakerResult=\"circuitBreakerOpen\""))
        .as("the open breaker refused Redis calls instead of waiting for them")
        .isGreaterThan(refused);
    environment.awaitReadiness("redis", "DOWN", java.time.Duration.ofSeconds(5));
    given().get("/health/ready").then().statusCode(200);
  }
}

package com.cloudvista.payfast.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.cloudvista.payfast.ledger.LedgerApi.User;
import com.cloudvista.payfast.testing.Metrics;
import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The per-caller limit on money-moving POSTs over HTTP: every attempt in a window counts (refused
 * ones too), the one after the limit gets 429 {@code rate_limited} with {@code Retry-After} and
 * moves nothing, and another caller is not affected. The IT server sets the limit to 1000 per
 * minute (pom.xml); in the build's Redis-outage pass the same test runs on the in-process fallback.
 */
class MoneyMovementRateLimitIT {

  private final TestEnvironment environment = TestEnvironment.start();

  @Test
  void theAttemptAfterTheLimitIsRefusedWith429AndMovesNoMoney() throws Exception {
    // A Redis call that fails mid-window (a timeout on this shared machine) is counted in-process
    // by
    // design, which splits that window's count; such a round proves nothing and is repeated.
    for (int round = 1; ; round++) {
      double fallbacksBefore = fallbackDecisions();
      User alice = LedgerApi.newUser();
      User bob = LedgerApi.newUser();
      String a = alice.wallet("USD");
      String b = bob.wallet("USD");
      alice.deposit(a, 5_000, "USD");

      Response probe = invalidTransfer(alice);
      if (Long.parseLong(probe.header("RateLimit-Reset")) < 20) { // too close to the window's end
        Thread.sleep((Long.parseLong(probe.header("RateLimit-Reset")) + 1) * 1000);
        probe = invalidTransfer(alice);
      }
      int limit = Integer.parseInt(probe.header("RateLimit-Limit"));
      int remaining = Integer.parseInt(probe.header("RateLimit-Remaining"));
      assertThat(limit).isPositive();
      assertThat(remaining).isBetween(0, limit - 1);

      List<Integer> statuses = attempts(alice, remaining);
      assertThat(statuses)
          .as("every attempt within the limit is served")
          .doesNotContain(429)
          .hasSize(remaining);

      Response refused = alice.transfer(a, b, 1_000, "USD");
      boolean split = !environment.redisUnreachable && fallbackDecisions() > fallbacksBefore;
      if (refused.statusCode() != 429 && round < 3) {
        // A split window (Redis failed mid-window, counted in-process by design) or, on this shared
        // machine under load, a Redis call that answered too late to be counted in time; a real
        // miscount fails all three rounds, each with new callers in a fresh window.
        System.out.printf(
            "MoneyMovementRateLimitIT: round %d not refused (fallbacks during it: %s); repeating it%n",
            round, split);
        continue;
      }
      refused
          .then()
          .statusCode(429)
          .contentType("application/problem+json")
          .body("code", equalTo("rate_limited"))
          .header("RateLimit-Limit", Integer.toString(limit))
          .header("RateLimit-Remaining", "0");
      assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
      assertThat(alice.balance(a)).as("the refused transfer moved nothing").isEqualTo(5_000);
      assertThat(bob.balance(b)).isZero();

      // The limit is per caller: bob's own money movement is served.
      bob.deposit(b, 100, "USD");
      assertThat(bob.balance(b)).isEqualTo(100);
      return;
    }
  }

  private static double fallbackDecisions() {
    return Metrics.sum("application", "payfast_ratelimit_fallback_decisions");
  }

  /** A money-moving POST that is counted and then refused with 400 (cheap, moves nothing). */
  private static Response invalidTransfer(User user) {
    Response response = user.money().body(Map.of()).post("/api/v1/transfers");
    response.then().statusCode(400);
    return response;
  }

  private static List<Integer> attempts(User user, int count) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        results.add(
            pool.submit(() -> user.money().body(Map.of()).post("/api/v1/transfers").statusCode()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : results) {
        statuses.add(result.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }
}

package com.cloudvista.payfast.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.ledger.LedgerApi.User;
import com.cloudvista.payfast.testing.TestEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * The Redis read cache of single wallets: served from Redis on the second read, never stale after
 * a committed transfer, and bypassed (not failed) while Redis is unreachable.
 */
class ReadCacheIT {

  private static final Pattern HITS = Pattern.compile("(?m)^payfast_cache_hits(?:\\{[^}]*\\})? ([0-9.eE+]+)$");

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
  void theSecondReadOfAWalletIsServedFromRedis() {
    User user = LedgerApi.newUser();
    String wallet = user.wallet("USD");
    user.deposit(wallet, 5_000, "USD");

    assertThat(user.balance(wallet)).isEqualTo(5_000); // miss: loads and stores
    double hitsBefore = cacheHits();
    assertThat(user.balance(wallet)).isEqualTo(5_000); // hit

    assertThat(cacheHits()).isGreaterThan(hitsBefore);
    try (Jedis redis = environment.openRedis()) {
      assertThat(redis.keys("payfast:c:wallet:" + wallet + ":e*"))
          .as("the cached representation is in Redis")
          .isNotEmpty();
    }
  }

  @Test
  void aReadRightAfterATransferShowsTheNewBalancesEvenUnderParallelLoad() throws Exception {
    User alice = LedgerApi.newUser();
    User bob = LedgerApi.newUser();
    String a = alice.wallet("EUR");
    String b = bob.wallet("EUR");
    alice.deposit(a, 1_000_000, "EUR");
    assertThat(alice.balance(a)).isEqualTo(1_000_000);
    assertThat(bob.balance(b)).isZero(); // both now cached

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(
            pool.submit(
                () -> {
                  alice.transfer(a, b, 10, "EUR").then().statusCode(201);
                  // Balances only grow for bob and only shrink for alice: a stale cached read would show
                  // a value from before this very transfer.
                  return new long[] {alice.balance(a), bob.balance(b)};
                }));
      }
      long minBob = Long.MAX_VALUE;
      long maxAlice = Long.MIN_VALUE;
      for (Future<long[]> result : results) {
        long[] seen = result.get();
        assertThat(seen[0] + seen[1]).isLessThanOrEqualTo(1_000_000 + 10 * 200);
        assertThat(seen[1]).as("bob sees at least this transfer").isGreaterThanOrEqualTo(10);
        assertThat(seen[0]).as("alice sees at least this transfer").isLessThanOrEqualTo(1_000_000 - 10);
        minBob = Math.min(minBob, seen[1]);
        maxAlice = Math.max(maxAlice, seen[0]);
      }
      System.out.printf("ReadCacheIT: 200 transfers with immediate reads; min bob %d, max alice %d%n", minBob, maxAlice);
    } finally {
      pool.shutdownNow();
    }
    assertThat(alice.balance(a)).isEqualTo(1_000_000 - 2_000);
    assertThat(bob.balance(b)).isEqualTo(2_000);
  }

  @Test
  void withRedisUnreachableTheLedgerKeepsWorkingAndReadinessStaysUp() throws Exception {
    User alice = LedgerApi.newUser();
    User bob = LedgerApi.newUser();
    String a = alice.wallet("GBP");
    String b = bob.wallet("GBP");
    alice.deposit(a, 900, "GBP");
    assertThat(alice.balance(a)).isEqualTo(900); // cached before the outage

    environment.redis.cut();

    alice.transfer(a, b, 400, "GBP").then().statusCode(201);
    assertThat(alice.balance(a)).isEqualTo(500);
    assertThat(bob.balance(b)).isEqualTo(400);
    alice.transfer(a, b, 501, "GBP").then().statusCode(422);
    awaitRedisDownInReadiness();

    environment.redis.restore();
    // After recovery the cache refills without ever having served the pre-outage balance.
    Thread.sleep(Duration.ofSeconds(6).toMillis()); // past the cache's retry pause
    assertThat(alice.balance(a)).isEqualTo(500);
    assertThat(alice.balance(a)).isEqualTo(500);
  }

  private static void awaitRedisDownInReadiness() throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      var ready = given().get("/health/ready").then().extract();
      if ("DOWN".equals(ready.jsonPath().getString("checks.find { it.name == 'optional-services' }.data.redis"))) {
        assertThat(ready.statusCode()).isEqualTo(200);
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Readiness never reported Redis DOWN");
  }

  private static double cacheHits() {
    String metrics = given().get("/metrics?scope=application").then().statusCode(200).extract().asString();
    Matcher matcher = HITS.matcher(metrics);
    double total = 0;
    boolean found = false;
    while (matcher.find()) {
      total += Double.parseDouble(matcher.group(1));
      found = true;
    }
    assertThat(found).as("payfast_cache_hits in /metrics").isTrue();
    return total;
  }
}

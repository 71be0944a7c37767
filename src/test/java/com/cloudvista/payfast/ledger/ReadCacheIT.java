package com.cloudvista.payfast.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.ledger.LedgerApi.User;
import com.cloudvista.payfast.testing.Metrics;
import com.cloudvista.payfast.testing.TestEnvironment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * The Redis read cache of single wallets, wallet lists and first statement pages: served from Redis
 * on the second read, never stale after a committed change, never shown to another caller, and
 * bypassed (not failed) while Redis is unreachable.
 */
class ReadCacheIT {

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
      String stored = redis.get("payfast:c:wallet:" + wallet + ":f2");
      assertThat(stored)
          .as("the cached wallet is in Redis, behind the versions it was loaded under")
          .matches("e\\d+:g\\d+ \\{.*\\}");
      JsonObject cached = json(stored.substring(stored.indexOf(' ') + 1));
      assertThat(cached.getString("ownerId"))
          .as("the owner it may be shown to")
          .isEqualTo(user.id());
      assertThat(json(cached.getString("body")).getJsonNumber("balance").longValue())
          .as("the representation sent, stored as JSON text")
          .isEqualTo(5_000);
    }
  }

  @Test
  void theWalletListAndTheFirstStatementPageAreCachedAndStaleRightAfterEveryChange() {
    User alice = LedgerApi.newUser();
    User bob = LedgerApi.newUser();
    String a = alice.wallet("USD");
    String b = bob.wallet("USD");
    alice.deposit(a, 10_000, "USD");

    assertThat(walletBalances(alice)).containsExactly(10_000L); // miss: loads and stores
    assertThat(statementAmounts(alice, a)).containsExactly(10_000L);
    double hitsBefore = cacheHits();
    assertThat(walletBalances(alice)).containsExactly(10_000L); // hits
    assertThat(statementAmounts(alice, a)).containsExactly(10_000L);
    assertThat(cacheHits() - hitsBefore).isGreaterThanOrEqualTo(2);
    try (Jedis redis = environment.openRedis()) {
      assertThat(redis.get("payfast:c:wallets:" + alice.id() + ":f2"))
          .as("the cached list")
          .isNotNull();
      assertThat(redis.keys("payfast:c:statement:" + alice.id() + ":f2:v*"))
          .as("the cached page, one key per query")
          .hasSize(1);
    }

    // A transfer: both lists and both first pages show it at once.
    String transfer =
        alice.transfer(a, b, 2_500, "USD").then().statusCode(201).extract().path("id");
    assertThat(walletBalances(alice)).containsExactly(7_500L);
    assertThat(statementAmounts(alice, a)).containsExactly(-2_500L, 10_000L);
    assertThat(statementAmounts(bob, b)).containsExactly(2_500L);

    // Annotating, opening and renaming are changes too.
    alice
        .request()
        .body(Map.of("category", "rent"))
        .patch("/api/v1/transactions/" + transfer)
        .then()
        .statusCode(200);
    assertThat(statementPage(alice, a).getList("data.category", String.class))
        .first()
        .isEqualTo("rent");
    String second = alice.wallet("EUR");
    assertThat(walletBalances(alice)).containsExactly(7_500L, 0L);
    alice
        .request()
        .body(Map.of("name", "Holidays"))
        .patch("/api/v1/wallets/" + second)
        .then()
        .statusCode(200);
    assertThat(
            alice
                .request()
                .get("/api/v1/wallets")
                .then()
                .extract()
                .jsonPath()
                .getList("data.name", String.class))
        .contains("Holidays");

    // Another query of the same statement is its own entry, and the cursor's next page is not
    // cached.
    assertThat(
            alice
                .request()
                .queryParam("limit", 1)
                .get("/api/v1/wallets/" + a + "/transactions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data.amount", Long.class))
        .containsExactly(-2_500L);

    // What was cached for alice is never shown to bob.
    bob.request().get("/api/v1/wallets/" + a + "/transactions").then().statusCode(404);
    bob.request().get("/api/v1/wallets/" + a).then().statusCode(404);
    assertThat(walletBalances(bob)).containsExactly(2_500L);
  }

  private static List<Long> walletBalances(User user) {
    return user.request()
        .get("/api/v1/wallets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("data.balance", Long.class);
  }

  private static List<Long> statementAmounts(User user, String wallet) {
    return statementPage(user, wallet).getList("data.amount", Long.class);
  }

  private static io.restassured.path.json.JsonPath statementPage(User user, String wallet) {
    return user.request()
        .get("/api/v1/wallets/" + wallet + "/transactions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
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
                  // Balances only grow for bob and only shrink for alice: a stale cached read would
                  // show
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
        assertThat(seen[0])
            .as("alice sees at least this transfer")
            .isLessThanOrEqualTo(1_000_000 - 10);
        minBob = Math.min(minBob, seen[1]);
        maxAlice = Math.max(maxAlice, seen[0]);
      }
      System.out.printf(
          "ReadCacheIT: 200 transfers with immediate reads; min bob %d, max alice %d%n",
          minBob, maxAlice);
    } finally {
      pool.shutdownNow();
    }
    assertThat(alice.balance(a)).isEqualTo(1_000_000 - 2_000);
    assertThat(bob.balance(b)).isEqualTo(2_000);
  }

  @Test
  void withRedisUnreachableTheLedgerKeepsWorkingTheBreakerOpensAndTheCacheRefillsAfterwards()
      throws Exception {
    User alice = LedgerApi.newUser();
    User bob = LedgerApi.newUser();
    String a = alice.wallet("GBP");
    String b = bob.wallet("GBP");
    alice.deposit(a, 900, "GBP");
    assertThat(alice.balance(a)).isEqualTo(900); // cached before the outage
    double openedBefore = breakerOpenings();

    environment.redis.cut();

    alice.transfer(a, b, 400, "GBP").then().statusCode(201);
    for (int i = 0; i < 5; i++) {
      assertThat(alice.balance(a)).isEqualTo(500);
      assertThat(bob.balance(b)).isEqualTo(400);
    }
    alice.transfer(a, b, 501, "GBP").then().statusCode(422);
    environment.awaitReadiness("redis", "DOWN", Duration.ofSeconds(20));
    assertThat(breakerOpenings())
        .as("the Redis circuit breaker opened")
        .isGreaterThan(openedBefore);

    environment.redis.restore();
    Thread.sleep(Duration.ofSeconds(6).toMillis()); // past the breaker's delay
    // The cache refills, and never serves the balance cached before the outage.
    assertThat(alice.balance(a)).isEqualTo(500);
    double hitsBefore = cacheHits();
    assertThat(alice.balance(a)).isEqualTo(500);
    assertThat(cacheHits()).as("served from Redis again").isGreaterThan(hitsBefore);
  }

  private static double cacheHits() {
    return Metrics.sum("application", "payfast_cache_hits");
  }

  private static double breakerOpenings() {
    return Metrics.sum("base", "ft_circuitbreaker_opened_total", Metrics.REDIS_CIRCUIT);
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}

package com.cloudvista.payfast.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.testing.TestEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The ledger under concurrent HTTP load: no overdraft, no lost update, no deadlock reaching a
 * client, totals preserved; every answer checked against the served document like RestAssured's.
 * Prints its figures ([ledger-figures]); asserts no timings.
 */
class ConcurrencyIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private static HttpResponse<String> transfer(
      LedgerApi.User user, String from, String to, long amount, String currency) throws Exception {
    String body =
        String.format(
            "{\"sourceWalletId\":\"%s\",\"destinationWalletId\":\"%s\",\"amount\":%d,\"currency\":\"%s\"}",
            from, to, amount, currency);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(LedgerApi.environment().baseUrl + "/api/v1/transfers"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + user.token())
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return LedgerApi.environment()
        .contract()
        .check(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void fiftyParallelDebitsNeverOverdraw() throws Exception {
    LedgerApi.User alice = LedgerApi.newUser();
    LedgerApi.User bob = LedgerApi.newUser();
    String source = alice.wallet("USD");
    String sink = bob.wallet("USD");
    long balance = 10_000;
    long amount = 700;
    alice.deposit(source, balance, "USD");

    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> results = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return transfer(alice, source, sink, amount, "USD");
              }));
    }
    long began = System.nanoTime();
    start.countDown();
    int ok = 0;
    int insufficient = 0;
    for (Future<HttpResponse<String>> f : results) {
      HttpResponse<String> r = f.get();
      if (r.statusCode() == 201) {
        ok++;
      } else {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("\"code\":\"insufficient_funds\"");
        insufficient++;
      }
    }
    long millis = (System.nanoTime() - began) / 1_000_000;
    pool.shutdown();
    System.out.printf(
        "[ledger-figures] overdraw race: balance %d, 50 parallel debits of %d: %d succeeded, %d insufficient_funds, %d ms%n",
        balance, amount, ok, insufficient, millis);
    assertThat(ok).isEqualTo((int) (balance / amount));
    assertThat(insufficient).isEqualTo(50 - ok);
    assertThat(alice.balance(source)).isEqualTo(balance - (balance / amount) * amount);
    assertThat(bob.balance(sink)).isEqualTo((balance / amount) * amount);
  }

  @Test
  void opposingTransferLoopsFinishWithoutDeadlocks() throws Exception {
    LedgerApi.User alice = LedgerApi.newUser();
    LedgerApi.User bob = LedgerApi.newUser();
    String a = alice.wallet("EUR");
    String b = bob.wallet("EUR");
    alice.deposit(a, 100_000, "EUR");
    bob.deposit(b, 100_000, "EUR");
    int rounds = 100;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicInteger failures = new AtomicInteger();
    List<Future<?>> loops = new ArrayList<>();
    long began = System.nanoTime();
    for (int t = 0; t < 4; t++) {
      loops.add(pool.submit(() -> loop(alice, a, b, rounds, failures)));
      loops.add(pool.submit(() -> loop(bob, b, a, rounds, failures)));
    }
    for (Future<?> loop : loops) {
      loop.get();
    }
    long millis = (System.nanoTime() - began) / 1_000_000;
    pool.shutdown();
    System.out.printf(
        "[ledger-figures] opposing loops: %d transfers A->B and B->A over 8 threads in %d ms (%.0f/s), %d non-201%n",
        8 * rounds, millis, 8 * rounds * 1000.0 / millis, failures.get());
    assertThat(failures.get()).isZero();
    assertThat(alice.balance(a) + bob.balance(b)).isEqualTo(200_000);
    assertThat(alice.balance(a)).isEqualTo(100_000);
  }

  private static Void loop(
      LedgerApi.User user, String from, String to, int rounds, AtomicInteger failures)
      throws Exception {
    for (int i = 0; i < rounds; i++) {
      HttpResponse<String> r = transfer(user, from, to, 10, "EUR");
      if (r.statusCode() != 201) {
        System.out.println("[ledger-figures] unexpected " + r.statusCode() + " " + r.body());
        failures.incrementAndGet();
      }
    }
    return null;
  }

  @Test
  void bankInvariantHoldsUnderRandomConcurrentTransfers() throws Exception {
    int walletsCount = 20;
    int clients = 16;
    int transfers = 2_000;
    long initial = 50_000;
    List<LedgerApi.User> owners = new ArrayList<>();
    List<String> wallets = new ArrayList<>();
    for (int i = 0; i < walletsCount; i++) {
      LedgerApi.User user = i % 2 == 0 ? LedgerApi.newUser() : owners.get(i - 1);
      owners.add(user);
      String w = user.wallet("ZAR");
      user.deposit(w, initial, "ZAR");
      wallets.add(w);
    }
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> workers = new ArrayList<>();
    long began = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      long seed = c;
      workers.add(
          pool.submit(
              () -> {
                Random random = new Random(seed);
                while (next.getAndIncrement() < transfers) {
                  // Few wallets, so the same pairs meet in both directions all the time.
                  int from = random.nextInt(walletsCount);
                  int to = (from + 1 + random.nextInt(walletsCount - 1)) % walletsCount;
                  long amount = 1 + random.nextInt(20_000);
                  HttpResponse<String> r =
                      transfer(owners.get(from), wallets.get(from), wallets.get(to), amount, "ZAR");
                  statuses
                      .computeIfAbsent(r.statusCode(), k -> new AtomicInteger())
                      .incrementAndGet();
                  if (r.statusCode() != 201 && !r.body().contains("insufficient_funds")) {
                    System.out.println(
                        "[ledger-figures] unexpected " + r.statusCode() + " " + r.body());
                  }
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    long millis = (System.nanoTime() - began) / 1_000_000;
    pool.shutdown();
    System.out.printf(
        "[ledger-figures] bank invariant: %d wallets, %d clients, %d transfers in %d ms (%.0f/s); statuses %s%n",
        walletsCount, clients, transfers, millis, transfers * 1000.0 / millis, statuses);
    assertThat(statuses.keySet()).isSubsetOf(201, 422);

    long total = 0;
    for (int i = 0; i < walletsCount; i++) {
      long balance = owners.get(i).balance(wallets.get(i));
      assertThat(balance).isNotNegative();
      total += balance;
    }
    assertThat(total).isEqualTo(walletsCount * initial);

    TestEnvironment environment = LedgerApi.environment();
    try (Connection db = environment.openDatabase();
        Statement s = db.createStatement()) {
      String ids = String.join("','", wallets);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT a.id, a.balance, a.held, (SELECT coalesce(sum(e.amount), 0) FROM ledger_entry e WHERE e.account_id = a.id) AS entries"
                  + " FROM account a WHERE a.id IN ('"
                  + ids
                  + "')")) {
        int rows = 0;
        while (rs.next()) {
          rows++;
          assertThat(rs.getLong("balance"))
              .as("balance of " + rs.getString("id"))
              .isEqualTo(rs.getLong("entries"));
          assertThat(rs.getLong("balance")).isNotNegative();
          assertThat(rs.getLong("balance") - rs.getLong("held")).isNotNegative();
        }
        assertThat(rows).isEqualTo(walletsCount);
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id HAVING sum(amount) <> 0) x")) {
        rs.next();
        assertThat(rs.getLong(1)).as("unbalanced transactions").isZero();
      }
    }
    assertThat(
            LedgerApi.admin()
                .request()
                .get("/api/v1/admin/reconciliation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("mismatches"))
        .isEmpty();
  }
}

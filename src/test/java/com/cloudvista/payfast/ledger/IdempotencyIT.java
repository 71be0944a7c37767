package com.cloudvista.payfast.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key: one effect per key, byte-for-byte replays, 422 on a changed body, 409 in flight.
 */
class IdempotencyIT {

  static LedgerApi.User alice;
  static LedgerApi.User bob;

  @BeforeAll
  static void users() {
    alice = LedgerApi.newUser();
    bob = LedgerApi.newUser();
  }

  @Test
  void retryReplaysTheStoredResponseByteForByte() {
    String a = alice.wallet("USD");
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Map.of("walletId", a, "amount", 700, "currency", "USD");
    Response first =
        alice.request().header("Idempotency-Key", key).body(body).post("/api/v1/deposits");
    Response again =
        alice.request().header("Idempotency-Key", key).body(body).post("/api/v1/deposits");
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
    assertThat(alice.balance(a)).isEqualTo(700);
  }

  @Test
  void sameKeyWithADifferentBodyIs422AndChangesNothing() {
    String a = alice.wallet("USD");
    String key = UUID.randomUUID().toString();
    alice
        .request()
        .header("Idempotency-Key", key)
        .body(Map.of("walletId", a, "amount", 100, "currency", "USD"))
        .post("/api/v1/deposits")
        .then()
        .statusCode(201);
    alice
        .request()
        .header("Idempotency-Key", key)
        .body(Map.of("walletId", a, "amount", 999, "currency", "USD"))
        .post("/api/v1/deposits")
        .then()
        .statusCode(422)
        .body("code", equalTo("idempotency_key_reused"));
    assertThat(alice.balance(a)).isEqualTo(100);
  }

  @Test
  void keysAreScopedByCallerAndPath() {
    String a = alice.wallet("USD");
    String b = bob.wallet("USD");
    String key = "shared-" + UUID.randomUUID();
    alice
        .request()
        .header("Idempotency-Key", key)
        .body(Map.of("walletId", a, "amount", 100, "currency", "USD"))
        .post("/api/v1/deposits")
        .then()
        .statusCode(201);
    bob.request()
        .header("Idempotency-Key", key)
        .body(Map.of("walletId", b, "amount", 100, "currency", "USD"))
        .post("/api/v1/deposits")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    alice
        .request()
        .header("Idempotency-Key", key)
        .body(Map.of("walletId", a, "amount", 50, "currency", "USD"))
        .post("/api/v1/withdrawals")
        .then()
        .statusCode(201);
    assertThat(alice.balance(a)).isEqualTo(50);
    assertThat(bob.balance(b)).isEqualTo(100);
  }

  @Test
  void aBusinessRefusalIsStoredAndReplayedEvenAfterTheWalletIsFunded() {
    String a = alice.wallet("USD");
    String b = bob.wallet("USD");
    String key = UUID.randomUUID().toString();
    Map<String, Object> body =
        Map.of("sourceWalletId", a, "destinationWalletId", b, "amount", 100, "currency", "USD");
    Response refused =
        alice.request().header("Idempotency-Key", key).body(body).post("/api/v1/transfers");
    refused.then().statusCode(422).body("code", equalTo("insufficient_funds"));
    alice.deposit(a, 1_000, "USD");
    Response replay =
        alice.request().header("Idempotency-Key", key).body(body).post("/api/v1/transfers");
    assertThat(replay.statusCode()).isEqualTo(422);
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.asByteArray()).isEqualTo(refused.asByteArray());
    assertThat(alice.balance(a)).isEqualTo(1_000);
  }

  @Test
  void aValidationFailureStoresNothing() {
    String a = alice.wallet("USD");
    String key = UUID.randomUUID().toString();
    alice
        .request()
        .header("Idempotency-Key", key)
        .body(Map.of("walletId", a, "amount", -1, "currency", "USD"))
        .post("/api/v1/deposits")
        .then()
        .statusCode(400);
    alice
        .request()
        .header("Idempotency-Key", key)
        .body(Map.of("walletId", a, "amount", 5, "currency", "USD"))
        .post("/api/v1/deposits")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    assertThat(alice.balance(a)).isEqualTo(5);
  }

  @Test
  void twentyParallelRequestsWithOneKeyHaveOneEffect() throws Exception {
    String a = alice.wallet("EUR");
    String b = bob.wallet("EUR");
    alice.deposit(a, 10_000, "EUR");
    String key = UUID.randomUUID().toString();
    Map<String, Object> body =
        Map.of("sourceWalletId", a, "destinationWalletId", b, "amount", 1_000, "currency", "EUR");
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> futures = new ArrayList<>();
    long began = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      Callable<Response> call =
          () -> {
            start.await();
            return alice
                .request()
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/transfers");
          };
      futures.add(pool.submit(call));
    }
    start.countDown();
    int created = 0;
    int replayed = 0;
    int inProgress = 0;
    String transactionId = null;
    for (Future<Response> f : futures) {
      Response r = f.get();
      if (r.statusCode() == 201) {
        if ("true".equals(r.header("Idempotent-Replayed"))) {
          replayed++;
        } else {
          created++;
        }
        String id = r.path("id");
        assertThat(transactionId == null || transactionId.equals(id)).isTrue();
        transactionId = id;
      } else {
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat((String) r.path("code")).isEqualTo("idempotency_in_progress");
        inProgress++;
      }
    }
    pool.shutdown();
    System.out.printf(
        "[ledger-figures] same Idempotency-Key x20 in parallel: %d created, %d replayed, %d in progress (409), %d ms%n",
        created, replayed, inProgress, (System.nanoTime() - began) / 1_000_000);
    assertThat(created).isEqualTo(1);
    assertThat(alice.balance(a)).isEqualTo(9_000);
    assertThat(bob.balance(b)).isEqualTo(1_000);
  }
}

package com.cloudvista.payfast.faults;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A bank's clients: concurrent workers moving money through the balancer (deposits, transfers,
 * payments, holds with their captures and voids, an admin's reversals), each request with its own
 * Idempotency-Key. A request that fails or gets no answer (connection error, timeout, 5xx, 429, 409
 * idempotency_in_progress) is sent again with the same key and body, as the contract tells
 * integrators to, until it gets a definitive answer or its deadline passes. Every request, key,
 * attempt count and final answer is recorded for the checker.
 */
final class Workload {

  static final String PASSWORD = "Faults-Suite-Passw0rd!";
  static final List<String> CURRENCIES = List.of("USD", "EUR");

  /** One logical request and what finally came of it. */
  static final class Call {
    final String op;
    final String path;
    final String key;
    final String caller;
    final String currency;
    final long amount;
    final String body;
    volatile int attempts;
    volatile int status = -1; // -1: no definitive answer before the deadline
    volatile String transactionId;
    volatile long waitedMillis;

    Call(
        String op,
        String path,
        String key,
        String caller,
        String currency,
        long amount,
        String body) {
      this.op = op;
      this.path = path;
      this.key = key;
      this.caller = caller;
      this.currency = currency;
      this.amount = amount;
      this.body = body;
    }

    boolean acknowledged() {
      return status >= 200 && status < 300;
    }
  }

  record User(String id, String email, String token, List<String> wallets) {}

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();
  private final String base;
  private final long seed;
  private final Duration requestDeadline;
  final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<User> users = new ArrayList<>();
  private User admin;
  private final ConcurrentLinkedQueue<String[]> openHolds =
      new ConcurrentLinkedQueue<>(); // {token, txId}
  private final List<String> reversible = Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean running = new AtomicBoolean();

  Workload(String base, long seed, Duration requestDeadline) {
    this.base = base;
    this.seed = seed;
    this.requestDeadline = requestDeadline;
  }

  /** Signs up the users (one wallet per currency each) and the admin, and funds every wallet. */
  void setUp(int userCount) throws InterruptedException {
    admin = signUp(FaultCluster.ADMIN_EMAIL, false);
    for (int i = 0; i < userCount; i++) {
      users.add(signUp("user-" + i + "-" + seed + "@faults.payfast.test", true));
    }
    Random random = new Random(seed);
    for (User user : users) {
      for (int c = 0; c < CURRENCIES.size(); c++) {
        deposit(user, c, 50_000 + random.nextInt(50_000), random);
      }
    }
  }

  /** Runs {@code workers} threads until {@link #stop()}; returns them started. */
  List<Thread> start(int workers) {
    running.set(true);
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      Random random = new Random(seed * 31 + w);
      Thread thread =
          new Thread(
              () -> {
                while (running.get()) {
                  try {
                    step(random);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "faults-worker-" + w);
      thread.start();
      threads.add(thread);
    }
    return threads;
  }

  void stop() {
    running.set(false);
  }

  private void step(Random random) throws InterruptedException {
    User user = users.get(random.nextInt(users.size()));
    int currency = random.nextInt(CURRENCIES.size());
    int roll = random.nextInt(100);
    if (roll < 8) {
      deposit(user, currency, 1_000 + random.nextInt(5_000), random);
    } else if (roll < 43) {
      User other = users.get(random.nextInt(users.size()));
      if (other == user) {
        other = users.get((users.indexOf(user) + 1) % users.size());
      }
      long amount = 1 + random.nextInt(3_000);
      Call call =
          send(
              user,
              "transfer",
              "/api/v1/transfers",
              CURRENCIES.get(currency),
              amount,
              random,
              "{\"sourceWalletId\":\""
                  + user.wallets().get(currency)
                  + "\",\"destinationWalletId\":\""
                  + other.wallets().get(currency)
                  + "\",\"amount\":"
                  + amount
                  + ",\"currency\":\""
                  + CURRENCIES.get(currency)
                  + "\",\"description\":\"faults\"}");
      if (call.acknowledged()) {
        reversible.add(call.transactionId);
      }
    } else if (roll < 75) {
      boolean capture = roll < 53;
      long amount = 1 + random.nextInt(2_000);
      Call call =
          send(
              user,
              capture ? "payment" : "hold",
              "/api/v1/payments",
              CURRENCIES.get(currency),
              amount,
              random,
              "{\"sourceWalletId\":\""
                  + user.wallets().get(currency)
                  + "\",\"merchant\":\"Faults Shop\",\"amount\":"
                  + amount
                  + ",\"currency\":\""
                  + CURRENCIES.get(currency)
                  + "\",\"capture\":"
                  + capture
                  + "}");
      if (call.acknowledged() && !capture) {
        openHolds.add(new String[] {user.token(), call.transactionId, user.id()});
      } else if (call.acknowledged()) {
        reversible.add(call.transactionId);
      }
    } else if (roll < 93) {
      String[] hold = openHolds.poll();
      if (hold == null) {
        return;
      }
      boolean capture = roll < 86;
      User owner = users.stream().filter(u -> u.id().equals(hold[2])).findFirst().orElseThrow();
      Call call =
          send(
              owner,
              capture ? "capture" : "void",
              "/api/v1/payments/" + hold[1] + (capture ? "/capture" : "/void"),
              null,
              0,
              random,
              "{}");
      if (call.acknowledged() && capture) {
        reversible.add(hold[1]);
      }
    } else {
      String original;
      synchronized (reversible) {
        if (reversible.isEmpty()) {
          return;
        }
        original = reversible.remove(random.nextInt(reversible.size()));
      }
      send(
          admin,
          "reversal",
          "/api/v1/transactions/" + original + "/reversals",
          null,
          0,
          random,
          "{\"reason\":\"fault suite\"}");
    }
  }

  private void deposit(User user, int currency, long amount, Random random)
      throws InterruptedException {
    send(
        user,
        "deposit",
        "/api/v1/deposits",
        CURRENCIES.get(currency),
        amount,
        random,
        "{\"walletId\":\""
            + user.wallets().get(currency)
            + "\",\"amount\":"
            + amount
            + ",\"currency\":\""
            + CURRENCIES.get(currency)
            + "\"}");
  }

  /**
   * Sends until a definitive answer (2xx, or a 4xx other than 409 in-progress and 429) or the
   * deadline.
   */
  private Call send(
      User user, String op, String path, String currency, long amount, Random random, String body)
      throws InterruptedException {
    String key = new UUID(random.nextLong(), random.nextLong()) + "-" + seed;
    Call call = new Call(op, path, key, user.id(), currency, amount, body);
    calls.add(call);
    long started = System.nanoTime();
    long deadline = started + requestDeadline.toNanos();
    long backoff = 100;
    while (true) {
      call.attempts++;
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + user.token())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        boolean retry =
            status >= 500
                || status == 429
                || (status == 409 && response.body().contains("idempotency_in_progress"));
        if (!retry) {
          call.status = status;
          if (status >= 200 && status < 300) {
            call.transactionId = json(response.body()).getString("id");
          }
          break;
        }
      } catch (IOException e) {
        // no answer: send again with the same key
      }
      if (System.nanoTime() + backoff * 1_000_000 > deadline) {
        break;
      }
      Thread.sleep(backoff);
      backoff = Math.min(2_000, backoff * 2);
    }
    call.waitedMillis = (System.nanoTime() - started) / 1_000_000;
    return call;
  }

  private User signUp(String email, boolean wallets) throws InterruptedException {
    expect(
        request(
            "/auth/v1/users",
            null,
            "application/json",
            "{\"email\":\""
                + email
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"displayName\":\"Faults\"}"),
        201,
        409);
    String form =
        "grant_type=password&username="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    String token =
        json(expect(
                request("/auth/v1/oauth2/token", null, "application/x-www-form-urlencoded", form),
                200))
            .getString("access_token");
    String id = json(expect(get("/auth/v1/users/me", token), 200)).getString("id");
    List<String> ids = new ArrayList<>();
    if (wallets) {
      for (String currency : CURRENCIES) {
        ids.add(
            json(expect(
                    request(
                        "/api/v1/wallets",
                        token,
                        "application/json",
                        "{\"currency\":\"" + currency + "\",\"name\":\"f\"}"),
                    201))
                .getString("id"));
      }
    }
    return new User(id, email, token, List.copyOf(ids));
  }

  List<User> users() {
    return List.copyOf(users);
  }

  /** A GET of {@code url} (any instance) as {@code user}. */
  HttpResponse<String> getAs(User user, String url) throws InterruptedException {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(10))
              .header("Authorization", "Bearer " + user.token())
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + url + " failed", e);
    }
  }

  /** A GET through the balancer as the admin (the checker's API reads). */
  HttpResponse<String> adminGet(String path) throws InterruptedException {
    return get(path, admin.token());
  }

  private HttpResponse<String> get(String path, String token) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        if (attempt >= 20) {
          throw new IllegalStateException("GET " + path + " failed 20 times", e);
        }
        Thread.sleep(500);
      }
    }
  }

  private HttpResponse<String> request(String path, String token, String type, String body)
      throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        HttpRequest.Builder builder =
            HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
          builder.header("Authorization", "Bearer " + token);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        if (attempt >= 20) {
          throw new IllegalStateException("POST " + path + " failed 20 times", e);
        }
        Thread.sleep(500);
      }
    }
  }

  private static String expect(HttpResponse<String> response, int... statuses) {
    for (int status : statuses) {
      if (response.statusCode() == status) {
        return response.body();
      }
    }
    throw new IllegalStateException(
        response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}

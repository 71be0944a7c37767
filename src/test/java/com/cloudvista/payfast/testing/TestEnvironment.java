package com.cloudvista.payfast.testing;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import redis.clients.jedis.Jedis;

/**
 * The backing services of the integration tests, started once per test JVM before the first IT: a
 * fresh test database, a clean Redis database, S3Proxy, and cuttable TCP proxies to PostgreSQL and
 * Redis. The Liberty server (started by the build) is pointed at these ports and keeps retrying
 * until they answer; {@link #start()} returns when /health/ready is UP.
 *
 * <p>Two system properties serve the build's second pass of the ledger ITs (pom.xml): {@code
 * it.fresh=false} keeps the database, buckets and Redis of the first pass (the server has migrated
 * and is using them), and {@code it.redis.mode=unreachable} makes Redis accept connections and
 * never answer, so the whole pass runs against a dead Redis; start() then also waits until
 * readiness reports Redis DOWN.
 */
public final class TestEnvironment {

  private static TestEnvironment instance;

  public final String baseUrl = System.getProperty("it.base-url", "http://localhost:9180");
  public final String databaseName = System.getProperty("it.db.name", "payfast_test");
  public final int redisDatabase = Integer.getInteger("it.redis.db", 1);
  public final boolean fresh = Boolean.parseBoolean(System.getProperty("it.fresh", "true"));
  public final boolean redisUnreachable =
      "unreachable".equals(System.getProperty("it.redis.mode", "proxied"));
  public final TcpProxy database;
  public final TcpProxy redis;
  public final S3ProxyServer s3;
  private ContractValidation contract;

  private TestEnvironment() {
    database = new TcpProxy("postgres", Integer.getInteger("it.db.proxy.port", 9193), 5432);
    redis = new TcpProxy("redis", Integer.getInteger("it.redis.proxy.port", 9192), 6379);
    Path target = Path.of(System.getProperty("project.basedir", ".")).resolve("target");
    s3 =
        new S3ProxyServer(
            Path.of(
                System.getProperty(
                    "it.s3proxy.jar",
                    target
                        .resolve(
                            "liberty/wlp/usr/servers/defaultServer/tools/s3proxy-jar-with-dependencies.jar")
                        .toString())),
            target.resolve("it-s3"),
            Integer.getInteger("it.s3.port", 9191));
  }

  /**
   * Starts everything and waits until the server under test is ready, once per JVM; later calls
   * just return it (tests that break a service wait for recovery themselves, see HealthIT).
   */
  public static synchronized TestEnvironment start() {
    if (instance == null) {
      TestEnvironment environment = new TestEnvironment();
      try {
        if (environment.fresh) {
          environment.recreateDatabase();
          environment.s3.wipe();
          environment.flushRedis();
        }
        environment.s3.start();
        environment.database.restore();
        if (environment.redisUnreachable) {
          environment.redis.blackhole();
        } else {
          environment.redis.restore();
        }
      } catch (IOException | SQLException e) {
        throw new IllegalStateException("Could not prepare the IT backing services", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      RestAssured.baseURI = environment.baseUrl;
      RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
      instance = environment;
      Runtime.getRuntime().addShutdownHook(new Thread(environment::shutdown));
      environment.awaitReady(Duration.ofSeconds(120));
      environment.contract = environment.contractValidation();
      RestAssured.filters(environment.contract);
      if (environment.redisUnreachable) {
        environment.awaitReadiness("redis", "DOWN", Duration.ofSeconds(60));
      }
    }
    return instance;
  }

  /**
   * Every later RestAssured call is checked against the document the server serves (see {@link
   * ContractValidation}); the coverage of each failsafe pass goes to its own file.
   */
  private ContractValidation contractValidation() {
    String served =
        RestAssured.given()
            .queryParam("format", "JSON")
            .get("/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String pass = fresh ? "main" : "second-pass";
    Path coverage =
        Path.of(System.getProperty("project.basedir", "."))
            .resolve("target/contract-coverage/" + pass + ".txt");
    return ContractValidation.of(baseUrl, served, coverage);
  }

  /**
   * The check of every exchange against the served document, for clients other than RestAssured
   * (which has it as a global filter): {@link
   * ContractValidation#check(java.net.http.HttpResponse)}.
   */
  public ContractValidation contract() {
    return contract;
  }

  /** Polls /health/ready until its optional-services data show {@code service} in {@code state}. */
  public void awaitReadiness(String service, String state, Duration timeout) {
    awaitReadiness(ready -> state.equals(optionalService(ready, service)), timeout);
  }

  /**
   * Polls /health/ready (any status code) until {@code condition} holds for its JSON, and returns
   * that.
   */
  public JsonPath awaitReadiness(Predicate<JsonPath> condition, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    JsonPath last = null;
    while (Instant.now().isBefore(deadline)) {
      last = RestAssured.given().get("/health/ready").then().extract().jsonPath();
      if (condition.test(last)) {
        return last;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError(
        "Readiness never reached the expected state; last: "
            + (last == null ? "nothing" : last.prettify()));
  }

  /** What readiness reports for an optional service ("redis", "s3"): UP or DOWN. */
  public static String optionalService(JsonPath ready, String service) {
    return ready.getString("checks.find { it.name == 'optional-services' }.data." + service);
  }

  /** Connects straight to the test database (not through the proxy), e.g. to check invariants. */
  public Connection openDatabase() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:5432/" + databaseName, "postgres", "postgres");
  }

  public Jedis openRedis() {
    Jedis jedis = new Jedis("127.0.0.1", 6379);
    jedis.select(redisDatabase);
    return jedis;
  }

  /** Polls /health/ready until the whole service reports UP. */
  public void awaitReady(Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        last = response.statusCode() + " " + response.body();
        Thread.sleep(250);
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Server at " + baseUrl + " not ready: " + last);
  }

  private void recreateDatabase() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS \"" + databaseName + "\" WITH (FORCE)");
      statement.execute("CREATE DATABASE \"" + databaseName + "\"");
    }
  }

  private void flushRedis() {
    try (Jedis jedis = openRedis()) {
      jedis.flushDB();
    }
  }

  private void shutdown() {
    try {
      database.close();
      redis.close();
      s3.close();
    } catch (IOException e) {
      // the JVM is exiting
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package com.cloudvista.payfast.platform.db;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.platform.db.password.PasswordFilePlugin;
import com.cloudvista.payfast.testing.PrivatePostgres;
import com.cloudvista.payfast.testing.StandaloneServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database password rotates under a running server (as RDS rotates its managed master secret)
 * and the server keeps working without a restart, because the pool's new connections read the
 * password from a file laid out as the kubelet lays out a mounted Secret ({@code password ->
 * ..data/password}, {@code ..data} swapped atomically to a new folder).
 *
 * <p>Real components: a private PostgreSQL cluster with password authentication (the shared one
 * trusts every login) and a second Liberty server built like the image (the plugin jar beside the
 * driver). Its environment password is deliberately wrong, so every login it makes must have read
 * the file, and its pool replaces connections after 2 s ({@code payfast.db.pool.aged-timeout}), so
 * new physical connections follow a rotation within seconds.
 */
class PasswordRotationIT {

  private static final int HTTP_PORT = Integer.getInteger("it.rotation.http.port", 9580);
  // Below Linux's ephemeral range (32768-60999): at 55532 an outgoing connection's local port once
  // took it first, and the cluster could not bind.
  private static final int DB_PORT = Integer.getInteger("it.rotation.db.port", 9532);
  private static final String ROLE = "payfast_app";
  private static final String USER_PASSWORD = "Rotation-Passw0rd!";
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String PASSWORD_LOGIN =
      "connection authenticated: identity=\"" + ROLE + "\" method=scram-sha-256";

  private static PrivatePostgres postgres;
  private static StandaloneServer server;
  private static Path secretVolume;
  private static String databasePassword;

  @BeforeAll
  static void start() throws Exception {
    Path work =
        Path.of(System.getProperty("project.basedir", ".")).resolve("target/password-rotation");
    postgres = PrivatePostgres.start(work.resolve("postgres"), DB_PORT);
    databasePassword = newPassword();
    try (Connection admin = postgres.superuser("postgres");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + databasePassword + "'");
      statement.execute("CREATE DATABASE payfast OWNER " + ROLE);
    }
    secretVolume = work.resolve("secret-volume");
    mountSecret(databasePassword);
    server =
        new StandaloneServer(
                "passwordRotation",
                HTTP_PORT,
                List.of(
                    "-Dpayfast.db.url=" + postgres.url("payfast"),
                    "-Dpayfast.db.user=" + ROLE,
                    "-Dpayfast.db.password=not-the-database-password",
                    "-Dpayfast.db.password-file=" + secretVolume.resolve("password"),
                    "-Dpayfast.db.authentication-plugin=" + PasswordFilePlugin.class.getName(),
                    "-Dpayfast.db.pool.aged-timeout=2s",
                    "-Dpayfast.db.startup-retry=1s",
                    "-Dpayfast.health.probe-interval=1s",
                    "-Dpayfast.modules=auth",
                    "-Dpayfast.redis.url=redis://127.0.0.1:6379/12",
                    "-Dpayfast.ratelimit.enabled=false",
                    "-Dpayfast.s3.create-buckets=false",
                    "-Dpayfast.public-url=http://localhost:" + HTTP_PORT,
                    "-Dpayfast.auth.issuer=http://localhost:" + HTTP_PORT + "/auth/v1",
                    "-Dpayfast.auth.jwks-uri=http://localhost:"
                        + HTTP_PORT
                        + "/auth/v1/.well-known/jwks.json",
                    "-Dpayfast.auth.password.pbkdf2-iterations=210000"))
            .start(Duration.ofSeconds(180));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  @Test
  void newConnectionsLogInWithTheRotatedPasswordWithoutARestart() throws Exception {
    String email = signUpAndSignIn();
    Instant rotation = databaseNow();

    rotateTo(newPassword());
    long mark = postgres.logMark();

    // Until every session the server held before the rotation is gone, the server answers all
    // along;
    // then it can only be using sessions that logged in afterwards, with the file's new content
    // (its
    // configured password is wrong), and PostgreSQL's log shows those password logins.
    Instant deadline = Instant.now().plus(PATIENCE);
    while ((!sessionsStartedBefore(rotation).isEmpty()
            || !postgres.logSince(mark).contains(PASSWORD_LOGIN))
        && Instant.now().isBefore(deadline)) {
      signIn(email).then().statusCode(200);
      Thread.sleep(200);
    }
    assertThat(sessionsStartedBefore(rotation)).as("sessions from before the rotation").isEmpty();
    signIn(email).then().statusCode(200);
    signUpAndSignIn();
    String log = postgres.logSince(mark);
    assertThat(log)
        .as("PostgreSQL log since the rotation")
        .contains(PASSWORD_LOGIN)
        .doesNotContain("password authentication failed");
    assertThat(readiness().getString("status")).isEqualTo("UP");
  }

  @Test
  void aRefusedPasswordTakesTheServerOutOfRotationWithTheReasonUntilTheFileIsRight()
      throws Exception {
    String email = signUpAndSignIn();

    mountSecret("an-outdated-password");

    JsonPath down = awaitReadiness(json -> "DOWN".equals(json.getString("status")));
    assertThat(down.getString("checks.find { it.name == 'database' }.data.reason"))
        .contains("password authentication failed");
    Response refused = signUp("refused-" + UUID.randomUUID() + "@it.payfast.test");
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.jsonPath().getString("code")).isEqualTo("unavailable");
    assertThat(refused.body().asString())
        .doesNotContainIgnoringCase("exception")
        .doesNotContain("SQL");
    assertThat(refused.header("Retry-After")).isNotBlank();

    mountSecret(databasePassword);

    awaitReadiness(json -> "UP".equals(json.getString("status")));
    signIn(email).then().statusCode(200);
  }

  /** What RDS and the secret's delivery do: the role's password changes, then the mounted file. */
  private static void rotateTo(String password) throws Exception {
    try (Connection admin = postgres.superuser("postgres");
        Statement statement = admin.createStatement()) {
      statement.execute("ALTER ROLE " + ROLE + " PASSWORD '" + password + "'");
    }
    mountSecret(password);
    databasePassword = password;
  }

  /**
   * Writes the Secret volume as the kubelet does: a new timestamped folder, then one atomic rename
   * of ..data.
   */
  private static void mountSecret(String password) throws IOException {
    Files.createDirectories(secretVolume);
    Path version = Files.createTempDirectory(secretVolume, "..version-");
    Files.writeString(version.resolve("password"), password, StandardCharsets.UTF_8);
    Path link = secretVolume.resolve("..data_tmp");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, version.getFileName());
    Files.move(
        link,
        secretVolume.resolve("..data"),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    Path file = secretVolume.resolve("password");
    if (!Files.isSymbolicLink(file)) {
      Files.createSymbolicLink(file, Path.of("..data/password"));
    }
  }

  /**
   * The sessions of the application's role (the server's pool) that began before {@code instant}.
   */
  private static List<Instant> sessionsStartedBefore(Instant instant) throws SQLException {
    try (Connection admin = postgres.superuser("postgres");
        PreparedStatement query =
            admin.prepareStatement(
                "SELECT backend_start FROM pg_stat_activity WHERE usename = ? AND backend_start < ?")) {
      query.setString(1, ROLE);
      query.setObject(2, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      try (ResultSet rows = query.executeQuery()) {
        List<Instant> starts = new ArrayList<>();
        while (rows.next()) {
          starts.add(rows.getTimestamp(1).toInstant());
        }
        return starts;
      }
    }
  }

  private static Instant databaseNow() throws SQLException {
    try (Connection admin = postgres.superuser("postgres");
        Statement statement = admin.createStatement();
        ResultSet row = statement.executeQuery("SELECT clock_timestamp()")) {
      row.next();
      return row.getObject(1, OffsetDateTime.class).toInstant();
    }
  }

  private static String signUpAndSignIn() {
    String email = "rotation-" + UUID.randomUUID() + "@it.payfast.test";
    signUp(email).then().statusCode(201);
    signIn(email).then().statusCode(200);
    return email;
  }

  private static Response signUp(String email) {
    return request()
        .contentType("application/json")
        .body(Map.of("email", email, "password", USER_PASSWORD, "displayName", "Rotation IT"))
        .post("/auth/v1/users");
  }

  private static Response signIn(String email) {
    return request()
        .contentType("application/x-www-form-urlencoded")
        .formParam("grant_type", "password")
        .formParam("username", email)
        .formParam("password", USER_PASSWORD)
        .formParam("client_id", "payfast-web")
        .post("/auth/v1/oauth2/token");
  }

  private static JsonPath readiness() {
    return request().get("/health/ready").then().extract().jsonPath();
  }

  private static JsonPath awaitReadiness(Predicate<JsonPath> condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonPath last = readiness();
    while (!condition.test(last) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      last = readiness();
    }
    assertThat(condition.test(last))
        .as("readiness reached the expected state; last: %s", last.prettify())
        .isTrue();
    return last;
  }

  /**
   * This server, without the global filters other ITs install (they check the build's IT server).
   */
  private static RequestSpecification request() {
    return given().noFilters().baseUri(server.baseUrl());
  }

  private static String newPassword() {
    return "pw-" + UUID.randomUUID();
  }
}

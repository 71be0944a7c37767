package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.audit.domain.TransactionLogRecord;
import com.cloudvista.payfast.audit.domain.TransactionLogRecord.Entry;
import com.cloudvista.payfast.testing.ResourceLocalPersistence;
import com.cloudvista.payfast.testing.S3ProxyServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The outbox component ITs' backing services, without the Liberty server: a database of their own
 * on the real PostgreSQL (dropped and migrated with the project's Flyway scripts) and a real
 * S3Proxy they can stop and start. Started once per test JVM.
 */
final class OutboxTestbed {

  private static OutboxTestbed instance;

  final String databaseName = System.getProperty("it.outbox.db.name", "payfast_test_outbox");
  final int s3Port = Integer.getInteger("it.outbox.s3.port", 9491);
  final PGSimpleDataSource dataSource = new PGSimpleDataSource();
  final S3ProxyServer s3Proxy;
  final S3Client s3;

  /** The production statements on a resource-local EntityManager (no application server). */
  final ResourceLocalOutbox outbox;

  private OutboxTestbed() {
    Path target = Path.of(System.getProperty("project.basedir", ".")).resolve("target");
    s3Proxy =
        new S3ProxyServer(
            Path.of(
                System.getProperty(
                    "it.s3proxy.jar",
                    target
                        .resolve(
                            "liberty/wlp/usr/servers/defaultServer/tools/s3proxy-jar-with-dependencies.jar")
                        .toString())),
            target.resolve("it-outbox-s3"),
            s3Port);
    dataSource.setUrl("jdbc:postgresql://127.0.0.1:5432/" + databaseName);
    dataSource.setUser("postgres");
    dataSource.setPassword("postgres");
    s3 = client(URI.create(s3Proxy.endpoint()));
    outbox =
        new ResourceLocalOutbox(
            ResourceLocalPersistence.payfast(dataSource.getUrl(), "postgres", "postgres"));
  }

  static synchronized OutboxTestbed start() {
    if (instance == null) {
      OutboxTestbed testbed = new OutboxTestbed();
      try {
        testbed.recreateDatabase();
        testbed.s3Proxy.stop();
        testbed.s3Proxy.wipe();
        testbed.s3Proxy.start();
      } catch (SQLException | IOException e) {
        throw new IllegalStateException(
            "Could not prepare PostgreSQL and S3Proxy for the outbox ITs", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(testbed::shutdown));
      instance = testbed;
    }
    return instance;
  }

  static S3Client client(URI endpoint) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)))
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
        // as S3Connector does for S3-compatible endpoints: S3Proxy rejects the SDK's default
        // streaming checksum trailer ("x-amz-content-sha256 ... does not match")
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(
            ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(5)).build())
        .build();
  }

  private void recreateDatabase() throws SQLException {
    try (Connection admin =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS \"" + databaseName + "\" WITH (FORCE)");
      statement.execute("CREATE DATABASE \"" + databaseName + "\"");
    }
    Path migrations =
        Path.of(System.getProperty("project.basedir", "."))
            .resolve("src/main/resources/db/migration");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("filesystem:" + migrations.toAbsolutePath())
        .load()
        .migrate();
  }

  private void shutdown() {
    try {
      s3Proxy.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Empties the outbox and its totals, and creates a fresh bucket for the test. */
  String reset() throws SQLException {
    sql("TRUNCATE audit_outbox RESTART IDENTITY");
    sql(
        "UPDATE audit_shipping_state SET shipped_records = 0, shipped_objects = 0, last_object_key = NULL, last_shipped_at = NULL");
    String bucket = "outbox-it-" + UUID.randomUUID().toString().substring(0, 8);
    s3.createBucket(b -> b.bucket(bucket));
    return bucket;
  }

  /**
   * The production defaults without the SSE header: S3Proxy answers 501 NotImplemented ("A header
   * you provided implies functionality that is not implemented") to x-amz-server-side-encryption.
   */
  OutboxSettings settings(String bucket) {
    return OutboxSettings.defaults(bucket).withServerSideEncryption(false);
  }

  void sql(String statement) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement s = connection.createStatement()) {
      s.execute(statement);
    }
  }

  long count(String query) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement s = connection.createStatement();
        ResultSet row = s.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Every record in the bucket, decompressed and parsed, by object key. */
  Map<String, List<TransactionLogRecord>> objects(String bucket) {
    Map<String, List<TransactionLogRecord>> objects = new HashMap<>();
    for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()) {
      if (object.key().endsWith("/")) {
        continue; // S3Proxy's filesystem store lists its folders; real S3 has none here
      }
      byte[] body = s3.getObjectAsBytes(b -> b.bucket(bucket).key(object.key())).asByteArray();
      try {
        objects.put(
            object.key(),
            JsonLinesGzip.decode(body).stream().map(TransactionLogJson::read).toList());
      } catch (RuntimeException e) {
        throw new AssertionError(
            "s3://"
                + bucket
                + "/"
                + object.key()
                + " ("
                + body.length
                + " of "
                + object.size()
                + " bytes) is not gzip JSON Lines",
            e);
      }
    }
    return objects;
  }

  static List<TransactionLogRecord> allRecords(Map<String, List<TransactionLogRecord>> objects) {
    List<TransactionLogRecord> all = new ArrayList<>();
    objects.values().forEach(all::addAll);
    return all;
  }

  /** A record of one of the contract's transaction types, with amounts that depend on {@code n}. */
  static TransactionLogRecord record(String id, int n) {
    long amount = 100 + n * 7L;
    Instant at = Instant.parse("2026-11-21T09:58:00Z").plusSeconds(n);
    return switch (n % 5) {
      case 0 ->
          new TransactionLogRecord(
              id,
              "DEPOSIT",
              amount,
              "USD",
              List.of(Entry.account("funding", -amount), Entry.wallet("w-" + n, amount)),
              "user-" + n,
              "req-" + n,
              at);
      case 1 ->
          new TransactionLogRecord(
              id,
              "WITHDRAWAL",
              amount,
              "EUR",
              List.of(Entry.wallet("w-" + n, -amount), Entry.account("payouts", amount)),
              "user-" + n,
              "req-" + n,
              at);
      case 2 ->
          new TransactionLogRecord(
              id,
              "TRANSFER",
              amount,
              "GBP",
              List.of(Entry.wallet("w-" + n, -amount), Entry.wallet("w-" + (n + 1), amount)),
              "user-" + n,
              "req-" + n,
              at);
      case 3 ->
          new TransactionLogRecord(
              id,
              "PAYMENT",
              amount,
              "ZAR",
              List.of(
                  Entry.wallet("w-" + n, -amount), Entry.account("merchant-settlement", amount)),
              "client-" + n,
              null,
              at);
      default ->
          new TransactionLogRecord(
              id,
              "REVERSAL",
              amount,
              "USD",
              List.of(Entry.wallet("w-" + (n + 1), -amount), Entry.wallet("w-" + n, amount)),
              "admin-1",
              "req-" + n,
              at);
    };
  }

  static void await(Duration timeout, BooleanSupplier condition, String what)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Timed out after " + timeout + " waiting for: " + what);
      }
      Thread.sleep(100);
    }
  }

  /** A clock the test moves by hand, e.g. past a backoff. */
  static final class ManualClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-21T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}

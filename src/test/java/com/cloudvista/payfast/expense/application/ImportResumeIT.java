package com.cloudvista.payfast.expense.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudvista.payfast.expense.domain.CsvColumns;
import com.cloudvista.payfast.expense.domain.ImportFormat;
import com.cloudvista.payfast.expense.domain.ImportJob;
import com.cloudvista.payfast.expense.domain.ImportJobs;
import com.cloudvista.payfast.expense.infrastructure.JpaImportJobs;
import com.cloudvista.payfast.expense.infrastructure.ParsingBankFiles;
import com.cloudvista.payfast.expense.infrastructure.ResourceLocalImportJobTransactions;
import com.cloudvista.payfast.platform.storage.ObjectStore;
import com.cloudvista.payfast.testing.ResourceLocalPersistence;
import com.cloudvista.payfast.testing.S3ProxyServer;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * An import whose instance dies mid-way is taken over by another once the lease lapses and creates
 * every line exactly once, with exact counts; the dead worker, should it wake up, can no longer
 * write. Runs the job runner against real PostgreSQL (a scratch database migrated with the
 * application's scripts) and S3Proxy, outside the server, so the crash can be placed exactly: the
 * production statements ({@link JpaImportJobs}) on resource-local transactions of the persistence
 * unit {@code payfast}.
 */
class ImportResumeIT {

  private static final String DATABASE = "payfast_test_imports";
  private static final String BUCKET = "imports-it";
  private static final String OWNER = "owner-" + UUID.randomUUID();
  private static final int LINES = 23;
  private static final Duration LEASE = Duration.ofMillis(800);

  private static final PGSimpleDataSource dataSource = new PGSimpleDataSource();
  private static EntityManagerFactory persistence;
  private static S3ProxyServer s3Proxy;
  private static S3Client s3;
  private static S3Presigner presigner;

  /** Thrown where the process would die: an Error, so nothing in the runner handles it. */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  @BeforeAll
  static void start() throws Exception {
    try (Connection admin =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    dataSource.setUrl("jdbc:postgresql://127.0.0.1:5432/" + DATABASE);
    dataSource.setUser("postgres");
    dataSource.setPassword("postgres");
    Path base = Path.of(System.getProperty("project.basedir", "."));
    Flyway.configure()
        .dataSource(dataSource)
        .locations("filesystem:" + base.resolve("src/main/resources/db/migration").toAbsolutePath())
        .load()
        .migrate();
    // the job runner's statements on a resource-local EntityManager of the unit payfast
    persistence = ResourceLocalPersistence.payfast(dataSource.getUrl(), "postgres", "postgres");
    Path target = base.resolve("target");
    s3Proxy =
        new S3ProxyServer(
            Path.of(
                System.getProperty(
                    "it.s3proxy.jar",
                    target
                        .resolve(
                            "liberty/wlp/usr/servers/defaultServer/tools/s3proxy-jar-with-dependencies.jar")
                        .toString())),
            target.resolve("it-imports-s3"),
            Integer.getInteger("it.imports.s3.port", 9493));
    s3Proxy.stop();
    s3Proxy.wipe();
    s3Proxy.start();
    URI endpoint = URI.create(s3Proxy.endpoint());
    var credentials =
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY));
    var pathStyle = S3Configuration.builder().pathStyleAccessEnabled(true).build();
    s3 =
        S3Client.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(credentials)
            .serviceConfiguration(pathStyle)
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .build();
    presigner =
        S3Presigner.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(credentials)
            .serviceConfiguration(pathStyle)
            .build();
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (persistence != null) {
      persistence.close();
    }
    if (s3Proxy != null) {
      s3Proxy.stop();
    }
  }

  private static ImportJobRunner runner(ImportJobs jobs, String worker, Runnable afterBatch) {
    return new ImportJobRunner(
        jobs,
        new ObjectStore(s3, presigner, BUCKET, false, Optional.empty(), false),
        new ParsingBankFiles(),
        owner -> (merchant, description, amount) -> Optional.empty(),
        worker,
        new ImportJobRunner.Settings(LEASE, 5, 5, Duration.ofMillis(100)),
        owner -> afterBatch.run());
  }

  @Test
  void aJobKilledMidWayIsResumedByAnotherWorkerAndCreatesEachLineOnce() throws Exception {
    StringBuilder csv = new StringBuilder("date,amount,merchant\n");
    for (int i = 1; i <= LINES; i++) {
      csv.append("2026-11-")
          .append(String.format("%02d", 1 + i % 28))
          .append(",-")
          .append(i)
          .append(".00,Shop ")
          .append(i % 4)
          .append('\n');
    }
    String uploadId = UUID.randomUUID().toString();
    String key = "uploads/" + OWNER + "/" + uploadId;
    s3.putObject(
        b -> b.bucket(BUCKET).key(key).contentType("text/csv"),
        RequestBody.fromString(csv.toString()));
    sql(
        "INSERT INTO upload (id, owner_id, purpose, content_type, size, object_key) VALUES ('"
            + uploadId
            + "', '"
            + OWNER
            + "', 'IMPORT', 'text/csv', "
            + csv.length()
            + ", '"
            + key
            + "')");
    JpaImportJobs jobs = new JpaImportJobs(new ResourceLocalImportJobTransactions(persistence));
    ImportJob job = ImportJob.pending(OWNER, uploadId, ImportFormat.CSV, "USD", CsvColumns.DEFAULT);
    jobs.create(job);

    AtomicInteger batches = new AtomicInteger();
    ImportJobRunner dying =
        runner(
            jobs,
            "instance-a",
            () -> {
              if (batches.incrementAndGet() == 2) {
                throw new Crash();
              }
            });
    assertThatThrownBy(dying::runPending).isInstanceOf(Crash.class);
    assertThat(count("SELECT count(*) FROM expense WHERE owner_id = '" + OWNER + "'"))
        .isEqualTo(10);
    ImportJob halfway = jobs.find(OWNER, job.id()).orElseThrow();
    assertThat(halfway.status()).isEqualTo(ImportJob.Status.PENDING);
    assertThat(halfway.recordsDone()).isEqualTo(10);

    ImportJobRunner survivor = runner(jobs, "instance-b", () -> {});
    assertThat(survivor.runPending()).as("the lease still holds").isZero();
    Thread.sleep(LEASE.toMillis() + 300);
    assertThat(survivor.runPending()).isEqualTo(1);

    ImportJob done = jobs.find(OWNER, job.id()).orElseThrow();
    assertThat(done.status()).isEqualTo(ImportJob.Status.DONE);
    assertThat(done.counts().created()).isEqualTo(LINES);
    assertThat(done.counts().duplicates()).isZero();
    assertThat(done.attempts()).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM expense WHERE owner_id = '" + OWNER + "'"))
        .isEqualTo(LINES);
    assertThat(count("SELECT count(DISTINCT amount) FROM expense WHERE owner_id = '" + OWNER + "'"))
        .isEqualTo(LINES);

    // the first worker wakes up and tries to commit its next batch: fenced off, nothing written
    Optional<ImportJob.Counts> stale =
        jobs.commit(
            job.id(), "instance-a", LEASE, new ImportJobs.Batch(15, List.of(), 1, List.of()));
    assertThat(stale).isEmpty();
    assertThat(jobs.find(OWNER, job.id()).orElseThrow().counts().skipped()).isZero();
  }

  private static void sql(String statement) throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private static long count(String query) throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

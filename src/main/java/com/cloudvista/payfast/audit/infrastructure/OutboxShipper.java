package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.audit.domain.BatchKey;
import com.cloudvista.payfast.platform.context.AppLog;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Ships the outbox to S3, one gzip JSON Lines object per batch, each record exactly once.
 *
 * <p>A batch is made in two steps. <b>Claim</b> (one short transaction): lock the oldest unclaimed
 * rows in sequence order with {@code FOR UPDATE SKIP LOCKED} and write the batch's object key into
 * them. <b>Ship</b> (a second transaction): lock every row of the oldest open batch, upload them
 * under that key, mark them shipped, commit. Because the claim is stored, a retry after a crash
 * between upload and mark rebuilds exactly the same rows in the same order, hence the same key and
 * the same bytes: the object is overwritten, never duplicated — even when a transaction with a
 * lower sequence number committed late, after the batch was first built. Several instances share
 * the outbox safely: row locks keep two of them off the same rows.
 *
 * <p>{@link #tick()} is what the scheduler runs: it never throws, backs off exponentially while
 * rounds fail, logs one ERROR line per failure streak, and prunes shipped rows after the retention.
 */
public final class OutboxShipper {

  private static final Logger LOG = AppLog.logger(OutboxShipper.class);
  private static final int MAX_BATCHES_PER_ROUND = 50;
  private static final int PRUNE_CHUNK = 5_000;
  private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
  private static final int NO_OPEN_BATCH = 0;
  private static final int BATCH_BUSY = -1;

  private final DataSource dataSource;
  private final S3Client s3;
  private final OutboxSettings settings;
  private final ShippingStatus status;
  private final Clock clock;
  private final Backoff backoff;
  private volatile Consumer<String> afterUpload = key -> {};
  private Instant nextAttempt = Instant.MIN;
  private Instant nextPrune = Instant.MIN;
  private int consecutiveFailures;

  public OutboxShipper(
      DataSource dataSource,
      S3Client s3,
      OutboxSettings settings,
      ShippingStatus status,
      Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.status = Objects.requireNonNull(status, "status");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.backoff = new Backoff(settings.shipInterval(), settings.backoffMax());
  }

  public OutboxShipper(DataSource dataSource, S3Client s3, OutboxSettings settings) {
    this(dataSource, s3, settings, new ShippingStatus(), Clock.systemUTC());
  }

  /**
   * One scheduled round. Never throws: a failure is recorded, logged once per streak, and retried
   * later.
   */
  public synchronized void tick() {
    Instant now = clock.instant();
    if (now.isBefore(nextAttempt)) {
      return;
    }
    try {
      shipPending();
      if (consecutiveFailures > 0) {
        LOG.info(
            "Transaction log shipping to "
                + destination()
                + " works again after "
                + consecutiveFailures
                + " failed attempt(s); the backlog is being shipped.");
      }
      consecutiveFailures = 0;
      nextAttempt = Instant.MIN;
      status.healthy("shipping to " + destination());
      if (!now.isBefore(nextPrune)) {
        prune();
        nextPrune = now.plus(PRUNE_EVERY);
      }
    } catch (
        Exception e) { // the scheduler must never see an exception: it would cancel the schedule
      consecutiveFailures++;
      Duration wait = backoff.after(consecutiveFailures);
      nextAttempt = now.plus(wait);
      String reason = describe(e);
      status.failing(reason);
      if (consecutiveFailures == 1) {
        LOG.severe(
            "Transaction log shipping to "
                + destination()
                + " failed: "
                + reason
                + ". Records stay in the outbox (transfers are unaffected) and are retried with backoff up to "
                + human(settings.backoffMax())
                + "; this is logged once until shipping works again.");
      }
      LOG.log(
          Level.FINE, "Shipping attempt " + consecutiveFailures + " failed; next in " + wait, e);
    }
    try {
      status.statistics(OutboxStatisticsQuery.read(dataSource));
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.FINE, "Outbox statistics unavailable", e);
    }
  }

  /**
   * Ships every batch there is (up to a bound per round); returns the number of records shipped.
   *
   * @throws SQLException or an {@link SdkException} when the database or S3 fails; rows stay
   *     pending
   */
  public int shipPending() throws SQLException {
    int shipped = 0;
    for (int round = 0; round < MAX_BATCHES_PER_ROUND; round++) {
      int records = shipOpenBatch();
      if (records == BATCH_BUSY) {
        break; // another instance holds it; it will finish it
      }
      if (records > 0) {
        shipped += records;
      } else if (!claimBatch()) {
        break;
      }
    }
    return shipped;
  }

  /**
   * Gives the oldest unclaimed rows (up to the batch size) their object key; false when there are
   * none.
   */
  boolean claimBatch() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        List<Long> seqs = new ArrayList<>();
        Instant firstCreatedAt = null;
        try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT seq, created_at FROM audit_outbox WHERE shipped_at IS NULL AND object_key IS NULL"
                    + " ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED")) {
          select.setInt(1, settings.batchSize());
          try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              seqs.add(rows.getLong(1));
              if (firstCreatedAt == null) {
                firstCreatedAt = rows.getTimestamp(2).toInstant();
              }
            }
          }
        }
        if (seqs.isEmpty()) {
          connection.commit();
          return false;
        }
        String key =
            BatchKey.of(settings.prefix(), seqs.get(0), seqs.get(seqs.size() - 1), firstCreatedAt);
        try (PreparedStatement claim =
            connection.prepareStatement(
                "UPDATE audit_outbox SET object_key = ? WHERE seq = ANY (?)")) {
          Array array = connection.createArrayOf("bigint", seqs.toArray());
          claim.setString(1, key);
          claim.setArray(2, array);
          claim.executeUpdate();
        }
        connection.commit();
        return true;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(connection);
        throw e;
      }
    }
  }

  /**
   * Uploads and marks the oldest claimed batch nobody else is shipping: records shipped, 0 when
   * none, -1 busy.
   */
  int shipOpenBatch() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        String key = oldestOpenBatch(connection);
        if (key == null) {
          connection.commit();
          return NO_OPEN_BATCH;
        }
        List<String> lines = lockBatch(connection, key);
        if (lines == null) {
          rollbackQuietly(connection);
          return BATCH_BUSY;
        }
        if (lines.isEmpty()) { // shipped by another instance between the two statements
          connection.commit();
          return BATCH_BUSY;
        }
        upload(key, JsonLinesGzip.encode(lines));
        afterUpload.accept(key);
        markShipped(connection, key, lines.size());
        connection.commit();
        status.shipped(key, lines.size());
        return lines.size();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(connection);
        throw e;
      }
    }
  }

  private static String oldestOpenBatch(Connection connection) throws SQLException {
    try (Statement select = connection.createStatement();
        ResultSet row =
            select.executeQuery(
                "SELECT object_key FROM audit_outbox WHERE shipped_at IS NULL AND object_key IS NOT NULL"
                    + " ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED")) {
      return row.next() ? row.getString(1) : null;
    }
  }

  /**
   * Locks every row of the batch, in sequence order; null when another instance holds some of them.
   */
  private static List<String> lockBatch(Connection connection, String key) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT payload FROM audit_outbox WHERE object_key = ? AND shipped_at IS NULL ORDER BY seq FOR UPDATE NOWAIT")) {
      select.setString(1, key);
      List<String> lines = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          lines.add(rows.getString(1));
        }
      }
      return lines;
    } catch (SQLException e) {
      if ("55P03".equals(e.getSQLState())) { // lock_not_available
        return null;
      }
      throw e;
    }
  }

  private void upload(String key, byte[] body) {
    try {
      s3.putObject(putRequest(key), RequestBody.fromBytes(body));
    } catch (RuntimeException e) { // SdkException, or an UncheckedIOException from the HTTP client
      status.uploadFailed();
      throw e;
    }
  }

  /**
   * SSE-KMS with the configured key, else SSE-S3 (AES256); none when SSE is switched off (S3Proxy).
   */
  PutObjectRequest putRequest(String key) {
    PutObjectRequest.Builder put =
        PutObjectRequest.builder()
            .bucket(settings.bucket())
            .key(key)
            .contentType("application/gzip");
    if (settings.serverSideEncryption()) {
      settings
          .kmsKeyId()
          .ifPresentOrElse(
              kmsKey -> put.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(kmsKey),
              () -> put.serverSideEncryption(ServerSideEncryption.AES256));
    }
    return put.build();
  }

  private static void markShipped(Connection connection, String key, int records)
      throws SQLException {
    try (PreparedStatement mark =
            connection.prepareStatement(
                "UPDATE audit_outbox SET shipped_at = now() WHERE object_key = ? AND shipped_at IS NULL");
        PreparedStatement totals =
            connection.prepareStatement(
                "UPDATE audit_shipping_state SET shipped_records = shipped_records + ?,"
                    + " shipped_objects = shipped_objects + 1, last_object_key = ?, last_shipped_at = now()"
                    + " WHERE id = 1")) {
      mark.setString(1, key);
      int marked = mark.executeUpdate();
      if (marked != records) {
        throw new SQLException(
            "Batch "
                + key
                + " changed while locked: "
                + marked
                + " rows marked, "
                + records
                + " uploaded");
      }
      totals.setLong(1, records);
      totals.setString(2, key);
      totals.executeUpdate();
    }
  }

  /** Deletes rows shipped longer ago than the retention; returns how many. */
  public int prune() throws SQLException {
    int deleted = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM audit_outbox WHERE seq IN (SELECT seq FROM audit_outbox"
                    + " WHERE shipped_at < now() - ? * interval '1 millisecond' ORDER BY shipped_at LIMIT ?)")) {
      connection.setAutoCommit(true);
      delete.setLong(1, settings.retention().toMillis());
      delete.setInt(2, PRUNE_CHUNK);
      int chunk;
      do {
        chunk = delete.executeUpdate();
        deleted += chunk;
      } while (chunk == PRUNE_CHUNK);
    }
    return deleted;
  }

  private String describe(Exception e) {
    if (e instanceof NoSuchBucketException) {
      return "the bucket '" + settings.bucket() + "' does not exist (NoSuchBucket)";
    }
    if (e instanceof S3Exception s3Error) {
      String code =
          s3Error.awsErrorDetails() == null ? null : s3Error.awsErrorDetails().errorCode();
      return "S3 refused the upload to bucket '"
          + settings.bucket()
          + "': HTTP "
          + s3Error.statusCode()
          + (code == null ? "" : " " + code)
          + " "
          + firstLine(s3Error.getMessage());
    }
    if (e instanceof SdkClientException || e instanceof UncheckedIOException) {
      return "S3 is unreachable: " + firstLine(e.getMessage());
    }
    if (e instanceof SQLException) {
      return "the database failed: " + firstLine(e.getMessage());
    }
    return firstLine(e.toString());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) : line;
  }

  private static String human(Duration duration) {
    return duration.toMillisPart() == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
  }

  private String destination() {
    return "s3://" + settings.bucket() + "/" + settings.prefix();
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      LOG.log(Level.FINE, "Rollback failed", e);
    }
  }

  public ShippingStatus status() {
    return status;
  }

  public OutboxSettings settings() {
    return settings;
  }

  /**
   * Test seam: runs after the upload and before the rows are marked, e.g. to simulate a crash
   * there.
   */
  void afterUpload(Consumer<String> hook) {
    this.afterUpload = Objects.requireNonNull(hook);
  }
}

package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.platform.config.Durations;
import com.cloudvista.payfast.platform.context.AppLog;
import jakarta.persistence.PersistenceException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
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
 * <p>Each step is one transaction of {@link OutboxTransactions} (JTA on the persistence unit {@code
 * payfast} in the server), its statements in {@link OutboxQueries}; the upload runs inside the ship
 * transaction, while the batch's rows are locked.
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

  private final OutboxTransactions transactions;
  private final Supplier<S3Client> s3;
  private final OutboxSettings settings;
  private final ShippingStatus status;
  private final Clock clock;
  private final Backoff backoff;
  private volatile Consumer<String> afterUpload = key -> {};
  private Instant nextAttempt = Instant.MIN;
  private Instant nextPrune = Instant.MIN;
  private int consecutiveFailures;

  /** {@code s3} is asked for the client at each upload: the application builds it after start. */
  public OutboxShipper(
      OutboxTransactions transactions,
      Supplier<S3Client> s3,
      OutboxSettings settings,
      ShippingStatus status,
      Clock clock) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.status = Objects.requireNonNull(status, "status");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.backoff = new Backoff(settings.shipInterval(), settings.backoffMax());
  }

  public OutboxShipper(OutboxTransactions transactions, S3Client s3, OutboxSettings settings) {
    this(transactions, () -> s3, settings, new ShippingStatus(), Clock.systemUTC());
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
                + Durations.format(settings.backoffMax())
                + "; this is logged once until shipping works again.");
      }
      LOG.log(
          Level.FINE, "Shipping attempt " + consecutiveFailures + " failed; next in " + wait, e);
    }
    try {
      status.statistics(transactions.inNewTransaction(OutboxQueries::statistics));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Outbox statistics unavailable", e);
    }
  }

  /**
   * Ships every batch there is (up to a bound per round); returns the number of records shipped.
   *
   * @throws PersistenceException or an {@link SdkException} when the database or S3 fails; rows
   *     stay pending
   */
  public int shipPending() {
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
  boolean claimBatch() {
    return transactions
        .inNewTransaction(outbox -> outbox.claimBatch(settings.prefix(), settings.batchSize()))
        .isPresent();
  }

  /**
   * Uploads and marks the oldest claimed batch nobody else is shipping: records shipped, 0 when
   * none, -1 busy.
   */
  int shipOpenBatch() {
    Batch batch;
    try {
      batch = transactions.inNewTransaction(this::shipOpenBatch);
    } catch (OutboxQueries.BatchBusyException e) {
      return BATCH_BUSY; // rolled back: another instance holds the batch and will finish it
    }
    if (batch.records() > 0) {
      status.shipped(batch.key(), batch.records()); // committed
    }
    return batch.records();
  }

  private Batch shipOpenBatch(OutboxQueries outbox) {
    String key = outbox.oldestOpenBatch().orElse(null);
    if (key == null) {
      return new Batch(null, NO_OPEN_BATCH);
    }
    List<String> lines = outbox.lockBatch(key);
    if (lines.isEmpty()) { // shipped by another instance between the two statements
      return new Batch(key, BATCH_BUSY);
    }
    upload(key, JsonLinesGzip.encode(lines));
    afterUpload.accept(key);
    outbox.markShipped(key, lines.size());
    return new Batch(key, lines.size());
  }

  /** What one ship transaction did: records shipped under the key, or NO_OPEN_BATCH/BATCH_BUSY. */
  private record Batch(String key, int records) {}

  private void upload(String key, byte[] body) {
    try {
      s3.get().putObject(putRequest(key), RequestBody.fromBytes(body));
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

  /**
   * Deletes rows shipped longer ago than the retention, in chunks of one transaction each; returns
   * how many.
   */
  public int prune() {
    int deleted = 0;
    int chunk;
    do {
      chunk =
          transactions.inNewTransaction(
              outbox -> outbox.pruneChunk(settings.retention(), PRUNE_CHUNK));
      deleted += chunk;
    } while (chunk == PRUNE_CHUNK);
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
    if (e instanceof PersistenceException
        || e instanceof jakarta.transaction.TransactionalException) {
      return "the database failed: " + firstLine(rootMessage(e));
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

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }

  private String destination() {
    return "s3://" + settings.bucket() + "/" + settings.prefix();
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

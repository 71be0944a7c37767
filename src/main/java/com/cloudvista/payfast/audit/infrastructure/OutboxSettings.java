package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.audit.domain.BatchKey;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the shipper works: the logs bucket and key prefix, encryption, batch size, how often it looks
 * for work, how far it backs off while S3 fails, and how long shipped rows stay in the outbox.
 *
 * @param serverSideEncryption send an SSE header on each upload: SSE-KMS with {@code kmsKeyId} when
 *     present, SSE-S3 (AES256) otherwise
 */
public record OutboxSettings(
    String bucket,
    String prefix,
    Optional<String> kmsKeyId,
    boolean serverSideEncryption,
    int batchSize,
    Duration shipInterval,
    Duration backoffMax,
    Duration retention) {

  public OutboxSettings {
    Objects.requireNonNull(bucket, "bucket");
    prefix = BatchKey.normalizePrefix(prefix);
    kmsKeyId = kmsKeyId == null ? Optional.empty() : kmsKeyId.filter(id -> !id.isBlank());
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException(
          "payfast.audit.batch-size must be 1..10000, was " + batchSize);
    }
    requirePositive(shipInterval, "payfast.audit.ship-interval");
    requirePositive(backoffMax, "payfast.audit.backoff-max");
    Objects.requireNonNull(retention, "retention");
    if (retention.isNegative()) {
      throw new IllegalArgumentException("payfast.audit.retention cannot be negative");
    }
  }

  /** The defaults of microprofile-config.properties, for a bucket. */
  public static OutboxSettings defaults(String bucket) {
    return new OutboxSettings(
        bucket,
        "transactions/",
        Optional.empty(),
        true,
        500,
        Duration.ofSeconds(2),
        Duration.ofSeconds(60),
        Duration.ofDays(7));
  }

  public OutboxSettings withBatchSize(int size) {
    return new OutboxSettings(
        bucket, prefix, kmsKeyId, serverSideEncryption, size, shipInterval, backoffMax, retention);
  }

  public OutboxSettings withServerSideEncryption(boolean enabled) {
    return new OutboxSettings(
        bucket, prefix, kmsKeyId, enabled, batchSize, shipInterval, backoffMax, retention);
  }

  public OutboxSettings withRetention(Duration value) {
    return new OutboxSettings(
        bucket, prefix, kmsKeyId, serverSideEncryption, batchSize, shipInterval, backoffMax, value);
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}

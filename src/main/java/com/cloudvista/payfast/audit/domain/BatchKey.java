package com.cloudvista.payfast.audit.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The S3 object key of one shipped batch: {@code
 * <prefix>dt=YYYY-MM-DD/hr=HH/<first-seq>-<last-seq>.jsonl.gz}, with the date and hour of the
 * batch's first record in UTC. A batch's first sequence number belongs to no other batch, so keys
 * never collide, and a retried upload of the same batch gets the same key and overwrites instead of
 * duplicating.
 */
public final class BatchKey {

  private static final DateTimeFormatter PARTITION =
      DateTimeFormatter.ofPattern("'dt='yyyy-MM-dd'/hr='HH").withZone(ZoneOffset.UTC);

  private BatchKey() {}

  public static String of(String prefix, long firstSeq, long lastSeq, Instant firstCreatedAt) {
    Objects.requireNonNull(firstCreatedAt, "firstCreatedAt");
    if (firstSeq <= 0 || lastSeq < firstSeq) {
      throw new IllegalArgumentException("bad sequence range " + firstSeq + "-" + lastSeq);
    }
    return normalizePrefix(prefix)
        + PARTITION.format(firstCreatedAt)
        + "/"
        + firstSeq
        + "-"
        + lastSeq
        + ".jsonl.gz";
  }

  /**
   * {@code transactions} and {@code transactions/} mean the same folder; blank means the bucket
   * root.
   */
  public static String normalizePrefix(String prefix) {
    if (prefix == null || prefix.isBlank()) {
      return "";
    }
    String trimmed = prefix.strip();
    while (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    return trimmed.isEmpty() || trimmed.endsWith("/") ? trimmed : trimmed + "/";
  }
}

package com.cloudvista.payfast.expense.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A statement export of one wallet for {@code [from, to)}, written to {@code objectKey} in the
 * reports bucket: {@code statements/<owner>/<id>.<format>}.
 */
public record StatementJob(
    String id,
    String ownerId,
    String walletId,
    Instant from,
    Instant to,
    Format format,
    Status status,
    String objectKey,
    Long rows,
    Long size,
    String failure,
    int attempts,
    Instant createdAt,
    Instant finishedAt) {

  public enum Format {
    CSV("text/csv; charset=UTF-8"),
    JSON("application/json");

    private final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }

    public String contentType() {
      return contentType;
    }

    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public enum Status {
    PENDING,
    READY,
    FAILED
  }

  public StatementJob {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(format, "format");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to");
    }
  }

  public static StatementJob pending(
      String ownerId, String walletId, Instant from, Instant to, Format format) {
    String id = UUID.randomUUID().toString();
    return new StatementJob(
        id,
        ownerId,
        walletId,
        from,
        to,
        format,
        Status.PENDING,
        "statements/" + ownerId + "/" + id + "." + format.extension(),
        null,
        null,
        null,
        0,
        Instant.now(),
        null);
  }
}

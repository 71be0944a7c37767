package com.cloudvista.payfast.expense.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A bank-file import running in the background. {@code recordsDone} is how far into the file the
 * committed batches reach: a job taken over after a crash continues from there.
 */
public record ImportJob(
    String id,
    String ownerId,
    String uploadId,
    ImportFormat format,
    String currency,
    CsvColumns columns,
    Status status,
    int recordsDone,
    Counts counts,
    List<LineError> errors,
    String failure,
    int attempts,
    Instant createdAt,
    Instant finishedAt) {

  /**
   * The contract's states: PENDING until the last batch commits, then DONE; FAILED with a reason.
   */
  public enum Status {
    PENDING,
    DONE,
    FAILED
  }

  /**
   * Lines created, lines already imported before, inflows skipped, created lines a rule
   * categorised, errors.
   */
  public record Counts(int created, int duplicates, int skipped, int categorized, int errors) {
    public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

    public Counts plus(Counts other) {
      return new Counts(
          created + other.created,
          duplicates + other.duplicates,
          skipped + other.skipped,
          categorized + other.categorized,
          errors + other.errors);
    }
  }

  public ImportJob {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(format, "format");
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static ImportJob pending(
      String ownerId, String uploadId, ImportFormat format, String currency, CsvColumns columns) {
    return new ImportJob(
        UUID.randomUUID().toString(),
        ownerId,
        uploadId,
        format,
        currency,
        columns,
        Status.PENDING,
        0,
        Counts.NONE,
        List.of(),
        null,
        0,
        Instant.now(),
        null);
  }
}

package com.cloudvista.payfast.expense.infrastructure;

import com.cloudvista.payfast.expense.domain.StatementJob;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A row of {@code statement_job}. New jobs are persisted through it and read back as it; the lease
 * (claim, renew, finish, fail, release) is {@link JobLease}'s native SQL. Columns the database
 * fills (status, attempts, created_at defaults) are read-only here.
 */
@Entity
@Table(name = "statement_job")
public class StatementJobRow extends JobRow {

  @Column(name = "wallet_id", nullable = false, updatable = false)
  private UUID walletId;

  @Column(name = "from_time", nullable = false, updatable = false)
  private OffsetDateTime fromTime;

  @Column(name = "to_time", nullable = false, updatable = false)
  private OffsetDateTime toTime;

  @Column(name = "format", nullable = false, updatable = false)
  private String format;

  @Column(name = "object_key", nullable = false, updatable = false)
  private String objectKey;

  @Column(name = "rows", insertable = false, updatable = false)
  private Long rows;

  @Column(name = "size", insertable = false, updatable = false)
  private Long size;

  protected StatementJobRow() {}

  private StatementJobRow(StatementJob job) {
    super(job.id(), job.ownerId());
  }

  static StatementJobRow of(StatementJob job) {
    StatementJobRow row = new StatementJobRow(job);
    row.walletId = UUID.fromString(job.walletId());
    row.fromTime = job.from().atOffset(ZoneOffset.UTC);
    row.toTime = job.to().atOffset(ZoneOffset.UTC);
    row.format = job.format().name();
    row.objectKey = job.objectKey();
    return row;
  }

  StatementJob toJob() {
    return new StatementJob(
        id,
        ownerId,
        walletId.toString(),
        fromTime.toInstant(),
        toTime.toInstant(),
        StatementJob.Format.valueOf(format),
        StatementJob.Status.valueOf(status),
        objectKey,
        rows,
        size,
        failure,
        attempts,
        created(),
        finished());
  }
}

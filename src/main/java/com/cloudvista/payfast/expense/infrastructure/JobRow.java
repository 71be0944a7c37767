package com.cloudvista.payfast.expense.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The columns every background job's table has ({@code import_job}, {@code statement_job}): its id
 * and owner, written once when the job is persisted, and the lease's state, which only {@link
 * JobLease}'s native statements and the database's defaults write, so they are read-only here.
 */
@MappedSuperclass
public abstract class JobRow {

  @Id protected String id;

  @Column(name = "owner_id", nullable = false, updatable = false)
  protected String ownerId;

  @Column(name = "status", insertable = false, updatable = false)
  protected String status;

  @Column(name = "failure", insertable = false, updatable = false)
  protected String failure;

  @Column(name = "attempts", insertable = false, updatable = false)
  protected Integer attempts;

  @Column(name = "created_at", insertable = false, updatable = false)
  protected OffsetDateTime createdAt;

  @Column(name = "finished_at", insertable = false, updatable = false)
  protected OffsetDateTime finishedAt;

  protected JobRow() {}

  protected JobRow(String id, String ownerId) {
    this.id = id;
    this.ownerId = ownerId;
  }

  protected Instant created() {
    return createdAt.toInstant();
  }

  protected Instant finished() {
    return finishedAt == null ? null : finishedAt.toInstant();
  }
}

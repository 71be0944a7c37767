package com.cloudvista.payfast.audit.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One row of {@code audit_outbox}, for the JPQL that claims, marks and counts rows. Rows are never
 * persisted through it: the insert is native ({@link OutboxQueries#append}) because {@code payload}
 * is a {@code json} column, and the payload is only ever read as text in the batch lock. Columns
 * the shipper does not need in JPQL (transaction id, status) are left out.
 */
@Entity
@Table(name = "audit_outbox")
public class OutboxRow {

  @Id
  @Column(name = "seq")
  private long seq;

  @Column(name = "created_at", insertable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "enqueued_at", insertable = false, updatable = false)
  private OffsetDateTime enqueuedAt;

  @Column(name = "object_key")
  private String objectKey;

  @Column(name = "shipped_at")
  private OffsetDateTime shippedAt;

  protected OutboxRow() {}
}

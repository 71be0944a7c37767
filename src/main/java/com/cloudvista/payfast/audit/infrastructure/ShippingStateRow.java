package com.cloudvista.payfast.audit.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The one row of {@code audit_shipping_state} (id 1, created by migration V4): totals that outlive
 * the pruning of shipped outbox rows, updated in the transaction that marks a batch shipped.
 */
@Entity
@Table(name = "audit_shipping_state")
public class ShippingStateRow {

  static final short ID = 1;

  @Id
  @Column(name = "id")
  private short id;

  @Column(name = "shipped_records", nullable = false)
  private long shippedRecords;

  @Column(name = "shipped_objects", nullable = false)
  private long shippedObjects;

  @Column(name = "last_object_key")
  private String lastObjectKey;

  @Column(name = "last_shipped_at")
  private OffsetDateTime lastShippedAt;

  protected ShippingStateRow() {}
}

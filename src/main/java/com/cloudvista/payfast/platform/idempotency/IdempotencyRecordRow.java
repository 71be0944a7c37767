package com.cloudvista.payfast.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of {@code idempotency_record}, read by its key (caller, method + path, Idempotency-Key).
 * Only read through it (its non-key columns are mapped read-only): the claim, the completion and
 * the purge are native statements ({@link IdempotencyStore}), because the claim's advisory lock and
 * ON CONFLICT are the point.
 */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecordRow.Key.class)
public class IdempotencyRecordRow {

  /** The composite primary key (a class with a no-arg constructor, as JPA wants an IdClass). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String caller;
    private String methodPath;
    private String key;

    public Key() {}

    Key(IdempotencyStore.Scope scope) {
      this.caller = scope.caller();
      this.methodPath = scope.methodPath();
      this.key = scope.key();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(caller, k.caller)
          && Objects.equals(methodPath, k.methodPath)
          && Objects.equals(key, k.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(caller, methodPath, key);
    }
  }

  @Id
  @Column(name = "caller")
  private String caller;

  @Id
  @Column(name = "method_path")
  private String methodPath;

  @Id
  @Column(name = "idempotency_key")
  private String key;

  @Column(name = "request_hash", insertable = false, updatable = false)
  private String requestHash;

  @Column(name = "status", insertable = false, updatable = false)
  private String status;

  @Column(name = "response_status", insertable = false, updatable = false)
  private Integer responseStatus;

  @Column(name = "response_body", insertable = false, updatable = false)
  private String responseBody;

  protected IdempotencyRecordRow() {}

  IdempotencyStore.Record toRecord() {
    return new IdempotencyStore.Record(
        requestHash, "COMPLETED".equals(status), responseStatus, responseBody);
  }
}

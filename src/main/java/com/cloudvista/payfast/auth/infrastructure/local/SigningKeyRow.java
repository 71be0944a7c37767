package com.cloudvista.payfast.auth.infrastructure.local;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code auth_signing_key}, read by {@link SigningKeys}; keys are inserted and retired
 * natively (the generation is computed and its uniqueness decides a race).
 */
@Entity
@Table(name = "auth_signing_key")
public class SigningKeyRow {

  @Id private String kid;

  @Column(name = "private_jwk", nullable = false)
  private String privateJwk;

  @Column(nullable = false)
  private int generation;

  @Column(name = "created_at", insertable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "retired_at")
  private OffsetDateTime retiredAt;

  @Column(name = "retire_after")
  private OffsetDateTime retireAfter;

  protected SigningKeyRow() {}

  String kid() {
    return kid;
  }

  String privateJwk() {
    return privateJwk;
  }

  OffsetDateTime createdAt() {
    return createdAt;
  }

  boolean isRetired() {
    return retiredAt != null;
  }
}

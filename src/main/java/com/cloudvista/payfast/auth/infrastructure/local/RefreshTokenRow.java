package com.cloudvista.payfast.auth.infrastructure.local;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A row of {@code auth_refresh_token}: the SHA-256 of an opaque refresh token and its family. New
 * families are persisted through it; rotation is a native statement ({@link JpaRefreshTokens}).
 */
@Entity
@Table(name = "auth_refresh_token")
public class RefreshTokenRow {

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "family_id", nullable = false)
  private String familyId;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Column(name = "auth_time", nullable = false)
  private OffsetDateTime authTime;

  /** Set by the database (DEFAULT now()). */
  @Column(name = "created_at", insertable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  protected RefreshTokenRow() {}

  static RefreshTokenRow newFamily(
      String tokenHash,
      String familyId,
      String userId,
      String clientId,
      Instant authTime,
      Instant expiresAt) {
    RefreshTokenRow row = new RefreshTokenRow();
    row.tokenHash = tokenHash;
    row.familyId = familyId;
    row.userId = userId;
    row.clientId = clientId;
    row.authTime = OffsetDateTime.ofInstant(authTime, ZoneOffset.UTC);
    row.expiresAt = OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC);
    return row;
  }
}

package com.cloudvista.payfast.auth.infrastructure.local;

import com.cloudvista.payfast.auth.infrastructure.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Opaque refresh tokens, stored as SHA-256 hashes ({@link RefreshTokenRow}). A token is used once:
 * presenting it claims it and stores its successor in one native statement, so two concurrent uses
 * cannot both succeed; presenting an already-used token revokes its whole family (RFC 9700 §4.14
 * refresh token rotation). Each public method is one transaction.
 */
@ApplicationScoped
@Transactional
public class JpaRefreshTokens {

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  /** Starts a new family at sign-in; returns the opaque token. */
  public String issue(String userId, String clientId, Instant authTime, Instant expiresAt) {
    String token = Secrets.opaqueToken();
    em.persist(
        RefreshTokenRow.newFamily(
            Secrets.sha256(token),
            UUID.randomUUID().toString(),
            userId,
            clientId,
            authTime,
            expiresAt));
    em.flush();
    return token;
  }

  /**
   * Uses {@code token} and stores {@code successor} in its place, keeping the family's absolute
   * expiry (rotation never extends a sign-in beyond its refresh-token lifetime). Native: the claim
   * ({@code UPDATE ... WHERE used_at IS NULL ... RETURNING}) and the successor's insert are one
   * statement, so of two concurrent uses exactly one gets a row back.
   */
  public RefreshOutcome rotate(String token, String successor, String clientId) {
    String hash = Secrets.sha256(token);
    @SuppressWarnings("unchecked")
    List<Object[]> rotated =
        em.createNativeQuery(
                "WITH claimed AS ("
                    + " UPDATE auth_refresh_token SET used_at = now()"
                    + " WHERE token_hash = ?1 AND client_id = ?2 AND used_at IS NULL AND revoked_at IS NULL"
                    + " AND expires_at > now()"
                    + " RETURNING family_id, user_id, client_id, auth_time, expires_at)"
                    + " INSERT INTO auth_refresh_token (token_hash, family_id, user_id, client_id, auth_time, expires_at)"
                    + " SELECT ?3, family_id, user_id, client_id, auth_time, expires_at FROM claimed"
                    + " RETURNING user_id, auth_time, family_id")
            .setParameter(1, hash)
            .setParameter(2, clientId)
            .setParameter(3, Secrets.sha256(successor))
            .getResultList();
    if (!rotated.isEmpty()) {
      Object[] row = rotated.get(0);
      return new RefreshOutcome.Rotated((String) row[0], instant(row[1]), (String) row[2]);
    }
    List<String> reused =
        em.createQuery(
                "SELECT t.familyId FROM RefreshTokenRow t"
                    + " WHERE t.tokenHash = :hash AND t.usedAt IS NOT NULL",
                String.class)
            .setParameter("hash", hash)
            .getResultList();
    if (!reused.isEmpty()) {
      revokeFamily(reused.get(0));
      return new RefreshOutcome.Reused(reused.get(0));
    }
    return new RefreshOutcome.Invalid();
  }

  /** RFC 7009: revokes the token's family if it was issued to this client; false otherwise. */
  public boolean revoke(String token, String clientId) {
    List<String> family =
        em.createQuery(
                "SELECT t.familyId FROM RefreshTokenRow t"
                    + " WHERE t.tokenHash = :hash AND t.clientId = :client",
                String.class)
            .setParameter("hash", Secrets.sha256(token))
            .setParameter("client", clientId)
            .getResultList();
    if (family.isEmpty()) {
      return false;
    }
    revokeFamily(family.get(0));
    return true;
  }

  /** Native, as every bulk statement here (see {@code NativeBulkStatementsTest}). */
  private void revokeFamily(String familyId) {
    em.createNativeQuery(
            "UPDATE auth_refresh_token SET revoked_at = now()"
                + " WHERE family_id = ?1 AND revoked_at IS NULL")
        .setParameter(1, familyId)
        .executeUpdate();
  }

  private static Instant instant(Object value) {
    return value instanceof OffsetDateTime odt ? odt.toInstant() : ((Timestamp) value).toInstant();
  }
}

package com.cloudvista.payfast.platform.idempotency;

import com.cloudvista.payfast.platform.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The idempotency_record table. A request claims its key with an IN_PROGRESS row in a short
 * transaction of its own; the effect's transaction completes the row (status + body) only while
 * the claim is still its own, so the effect and the stored response commit together or not at all.
 */
@ApplicationScoped
public class IdempotencyStore {

  /** A stored record: who holds it, and the response once COMPLETED. */
  public record Record(String requestHash, boolean completed, Integer status, String body) {}

  /** A scope + key, and the token proving a claim on it. */
  public record Claim(String caller, String methodPath, String key, UUID token) {}

  @Inject Sql sql;

  /**
   * Inserts an IN_PROGRESS claim, or takes over one whose lease ran out (its owner died before
   * committing, so it produced no effect). Empty when someone else holds or completed the key.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Claim> claim(
      String caller, String methodPath, String key, String requestHash, Duration lease, Duration retention) {
    UUID token = UUID.randomUUID();
    Instant now = Instant.now();
    return sql.one(
            """
            INSERT INTO idempotency_record
              (caller, method_path, idempotency_key, request_hash, status, owner_token, lease_until, expires_at)
            VALUES (?, ?, ?, ?, 'IN_PROGRESS', ?, ?, ?)
            ON CONFLICT (caller, method_path, idempotency_key) DO UPDATE
               SET request_hash = EXCLUDED.request_hash, owner_token = EXCLUDED.owner_token,
                   lease_until = EXCLUDED.lease_until, expires_at = EXCLUDED.expires_at
             WHERE idempotency_record.status = 'IN_PROGRESS' AND idempotency_record.lease_until < now()
            RETURNING owner_token
            """,
            rs -> Sql.uuid(rs, "owner_token"),
            caller, methodPath, key, requestHash, token, now.plus(lease), now.plus(retention))
        .filter(token::equals)
        .map(t -> new Claim(caller, methodPath, key, t));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Record> find(String caller, String methodPath, String key) {
    return sql.one(
        "SELECT request_hash, status, response_status, response_body FROM idempotency_record"
            + " WHERE caller = ? AND method_path = ? AND idempotency_key = ?",
        rs ->
            new Record(
                rs.getString("request_hash"),
                "COMPLETED".equals(rs.getString("status")),
                (Integer) rs.getObject("response_status"),
                rs.getString("response_body")),
        caller, methodPath, key);
  }

  /**
   * Stores the response, in the caller's (the effect's) transaction. False when the claim was lost
   * (lease expired and taken over): the caller must then roll its effect back.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean complete(Claim claim, int status, String body) {
    return completeRow(claim, status, body);
  }

  /** Stores a refusal (the effect rolled back, so there is nothing else to commit with it). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean completeAlone(Claim claim, int status, String body) {
    return completeRow(claim, status, body);
  }

  private boolean completeRow(Claim claim, int status, String body) {
    return sql.update(
            "UPDATE idempotency_record SET status = 'COMPLETED', response_status = ?, response_body = ?,"
                + " owner_token = NULL, lease_until = NULL"
                + " WHERE caller = ? AND method_path = ? AND idempotency_key = ? AND owner_token = ?"
                + " AND status = 'IN_PROGRESS'",
            status, body, claim.caller(), claim.methodPath(), claim.key(), claim.token())
        == 1;
  }

  /** Gives the key back after a failure that stored nothing (validation, 5xx): a retry runs again. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(Claim claim) {
    sql.update(
        "DELETE FROM idempotency_record WHERE caller = ? AND method_path = ? AND idempotency_key = ?"
            + " AND owner_token = ? AND status = 'IN_PROGRESS'",
        claim.caller(), claim.methodPath(), claim.key(), claim.token());
  }

  /** Deletes up to {@code batch} expired records; returns how many. Safe to run anywhere, any time. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purgeExpired(int batch) {
    return sql.update(
        "DELETE FROM idempotency_record WHERE ctid IN (SELECT ctid FROM idempotency_record"
            + " WHERE expires_at < now() AND (status = 'COMPLETED' OR lease_until < now()) LIMIT ? FOR UPDATE SKIP LOCKED)",
        batch);
  }
}

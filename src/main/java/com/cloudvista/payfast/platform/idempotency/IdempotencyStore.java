package com.cloudvista.payfast.platform.idempotency;

import com.cloudvista.payfast.platform.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The idempotency_record table. A request claims its key inside the effect's own transaction: the
 * IN_PROGRESS row is inserted first and completed with the response last, so the effect, the claim
 * and the stored response commit together or not at all, and a claim never outlives a dead instance
 * (its transaction simply rolls back). A transaction-scoped advisory lock on the key lets a
 * concurrent duplicate see at once that the key is in flight instead of waiting on the row.
 */
@ApplicationScoped
public class IdempotencyStore {

  /** A stored record: its request hash, and the response once COMPLETED. */
  public record Record(String requestHash, boolean completed, Integer status, String body) {}

  /** The scope of a key: caller identity and method + path. */
  public record Scope(String caller, String methodPath, String key) {
    String lockName() {
      return caller + '\n' + methodPath + '\n' + key;
    }
  }

  /**
   * First argument of the two-key advisory lock, so that no other lock of the application collides.
   */
  private static final int LOCK_SPACE = 0x1de4;

  @Inject Sql sql;

  /**
   * Claims the key in the caller's (the effect's) transaction. False when the key is taken: in
   * flight in another transaction, or already stored.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean claim(Scope scope, String requestHash, Duration retention) {
    return insert(scope, requestHash, "IN_PROGRESS", null, null, retention);
  }

  /** Stores the response in the caller's (the effect's) transaction, which holds the claim. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void complete(Scope scope, int status, String body) {
    int updated =
        sql.update(
            "UPDATE idempotency_record SET status = 'COMPLETED', response_status = ?, response_body = ?"
                + " WHERE caller = ? AND method_path = ? AND idempotency_key = ? AND status = 'IN_PROGRESS'",
            status,
            body,
            scope.caller(),
            scope.methodPath(),
            scope.key());
    if (updated != 1) {
      throw new IllegalStateException("The idempotency claim of this transaction is gone");
    }
  }

  /**
   * Stores a refusal after its effect rolled back (nothing else to commit with it). False when the
   * key was taken meanwhile.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean storeRefusal(
      Scope scope, String requestHash, int status, String body, Duration retention) {
    return insert(scope, requestHash, "COMPLETED", status, body, retention);
  }

  private boolean insert(
      Scope scope,
      String requestHash,
      String state,
      Integer status,
      String body,
      Duration retention) {
    return sql.one(
            """
            INSERT INTO idempotency_record
              (caller, method_path, idempotency_key, request_hash, status, response_status, response_body, expires_at)
            SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE pg_try_advisory_xact_lock(?, hashtext(?))
            ON CONFLICT (caller, method_path, idempotency_key) DO NOTHING
            RETURNING true
            """,
            rs -> rs.getBoolean(1),
            scope.caller(),
            scope.methodPath(),
            scope.key(),
            requestHash,
            state,
            status,
            body,
            Instant.now().plus(retention),
            LOCK_SPACE,
            scope.lockName())
        .isPresent();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Record> find(Scope scope) {
    return sql.one(
        "SELECT request_hash, status, response_status, response_body FROM idempotency_record"
            + " WHERE caller = ? AND method_path = ? AND idempotency_key = ?",
        rs ->
            new Record(
                rs.getString("request_hash"),
                "COMPLETED".equals(rs.getString("status")),
                (Integer) rs.getObject("response_status"),
                rs.getString("response_body")),
        scope.caller(),
        scope.methodPath(),
        scope.key());
  }

  /**
   * Deletes up to {@code batch} expired records; returns how many. Safe to run anywhere, any time.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purgeExpired(int batch) {
    return sql.update(
        "DELETE FROM idempotency_record WHERE ctid IN (SELECT ctid FROM idempotency_record"
            + " WHERE expires_at < now() AND (status = 'COMPLETED' OR lease_until < now()) LIMIT ? FOR UPDATE SKIP LOCKED)",
        batch);
  }
}

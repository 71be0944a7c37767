package com.cloudvista.payfast.platform.idempotency;

import static com.cloudvista.payfast.platform.db.NativeQueries.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
 *
 * <p>Through the persistence unit's EntityManager: the claim, the completion and the purge are
 * native statements (advisory lock, ON CONFLICT, SKIP LOCKED); a stored record is read as the
 * entity {@link IdempotencyRecordRow}.
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

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

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
        query(
                em,
                "UPDATE idempotency_record SET status = 'COMPLETED', response_status = ?1,"
                    + " response_body = ?2 WHERE caller = ?3 AND method_path = ?4"
                    + " AND idempotency_key = ?5 AND status = 'IN_PROGRESS'",
                status,
                body,
                scope.caller(),
                scope.methodPath(),
                scope.key())
            .executeUpdate();
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
    return !query(
            em,
            """
            INSERT INTO idempotency_record
              (caller, method_path, idempotency_key, request_hash, status, response_status, response_body, expires_at)
            SELECT ?1, ?2, ?3, ?4, ?5, CAST(?6 AS integer), CAST(?7 AS text), ?8
            WHERE pg_try_advisory_xact_lock(?9, hashtext(?10))
            ON CONFLICT (caller, method_path, idempotency_key) DO NOTHING
            RETURNING true
            """,
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
        .getResultList()
        .isEmpty();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Record> find(Scope scope) {
    return Optional.ofNullable(
            em.find(IdempotencyRecordRow.class, new IdempotencyRecordRow.Key(scope)))
        .map(IdempotencyRecordRow::toRecord);
  }

  /**
   * Deletes up to {@code batch} expired records; returns how many. Safe to run anywhere, any time.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purgeExpired(int batch) {
    return query(
            em,
            "DELETE FROM idempotency_record WHERE ctid IN (SELECT ctid FROM idempotency_record"
                + " WHERE expires_at < now() AND (status = 'COMPLETED' OR lease_until < now())"
                + " LIMIT ?1 FOR UPDATE SKIP LOCKED)",
            batch)
        .executeUpdate();
  }
}

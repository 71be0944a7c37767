package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.audit.domain.BatchKey;
import com.cloudvista.payfast.audit.domain.ShippingStatistics;
import com.cloudvista.payfast.audit.domain.TransactionLogRecord;
import com.cloudvista.payfast.platform.db.NativeQueries;
import com.cloudvista.payfast.platform.db.PersistenceFailures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every statement on the outbox ({@code audit_outbox}, {@code audit_shipping_state}), on the {@link
 * EntityManager} of the caller's transaction; none demarcates a transaction itself. All native: the
 * exact SQL is the point of each (listed in docs/persistence.md, "Audit on JPA").
 */
public final class OutboxQueries {

  private static final String STATE_LOCK_NOT_AVAILABLE = "55P03";

  private final EntityManager em;

  OutboxQueries(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /**
   * Inserts one record in the caller's transaction. Native: {@code payload} is a {@code json}
   * column, and a bound string must be cast to it.
   *
   * @throws IllegalStateException when the transaction id and status are already in the log
   */
  void append(TransactionLogRecord record) {
    Objects.requireNonNull(record, "record");
    try {
      em.createNativeQuery(
              "INSERT INTO audit_outbox (transaction_id, status, payload, created_at)"
                  + " VALUES (?1, ?2, CAST(?3 AS json), ?4)")
          .setParameter(1, record.transactionId())
          .setParameter(2, record.status())
          .setParameter(3, TransactionLogJson.write(record))
          .setParameter(4, OffsetDateTime.ofInstant(record.createdAt(), ZoneOffset.UTC))
          .executeUpdate();
    } catch (PersistenceException e) {
      if (PersistenceFailures.isUniqueViolation(e)) {
        throw new IllegalStateException(
            "Transaction "
                + record.transactionId()
                + " ("
                + record.status()
                + ") is already in the transaction log",
            e);
      }
      throw e;
    }
  }

  /**
   * Locks the oldest unclaimed rows (up to {@code batchSize}) and writes the batch's object key
   * into them; empty when there are none. Native: {@code FOR UPDATE SKIP LOCKED}, so concurrent
   * shippers claim disjoint rows without waiting for each other.
   */
  Optional<String> claimBatch(String prefix, int batchSize) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT seq, created_at FROM audit_outbox"
                    + " WHERE shipped_at IS NULL AND object_key IS NULL"
                    + " ORDER BY seq LIMIT ?1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, batchSize)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Long> seqs = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
    String key =
        BatchKey.of(prefix, seqs.get(0), seqs.get(seqs.size() - 1), instant(rows.get(0)[1]));
    em.createNativeQuery(
            "UPDATE audit_outbox SET object_key = ?1 WHERE seq = ANY (CAST(?2 AS bigint[]))")
        .setParameter(1, key)
        .setParameter(2, NativeQueries.bigintArray(seqs))
        .executeUpdate();
    return Optional.of(key);
  }

  /**
   * The key of the oldest claimed, unshipped batch whose first row nobody else holds. Native:
   * {@code FOR UPDATE SKIP LOCKED} again, so a second shipper moves on to the next batch.
   */
  Optional<String> oldestOpenBatch() {
    @SuppressWarnings("unchecked")
    List<Object> keys =
        em.createNativeQuery(
                "SELECT object_key FROM audit_outbox"
                    + " WHERE shipped_at IS NULL AND object_key IS NOT NULL"
                    + " ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED")
            .getResultList();
    return keys.stream().findFirst().map(String.class::cast);
  }

  /**
   * Locks every unshipped row of the batch in sequence order and returns their payloads verbatim.
   * Native: {@code FOR UPDATE NOWAIT} (another instance holding some of them means it is shipping
   * the batch) and the payload as text, byte for byte what was stored.
   *
   * @throws BatchBusyException when another transaction holds some of the rows; the caller's
   *     transaction must roll back (PostgreSQL has aborted it)
   */
  List<String> lockBatch(String key) {
    try {
      @SuppressWarnings("unchecked")
      List<Object> payloads =
          em.createNativeQuery(
                  "SELECT payload::text FROM audit_outbox"
                      + " WHERE object_key = ?1 AND shipped_at IS NULL ORDER BY seq FOR UPDATE NOWAIT")
              .setParameter(1, key)
              .getResultList();
      return payloads.stream().map(String.class::cast).toList();
    } catch (PersistenceException e) {
      if (STATE_LOCK_NOT_AVAILABLE.equals(PersistenceFailures.sqlState(e))) {
        throw new BatchBusyException(key, e);
      }
      throw e;
    }
  }

  /**
   * Marks the batch shipped and adds it to the totals, in the transaction that locked it. Native:
   * the number of rows marked is checked, and a JPQL bulk statement's count is not safe to read
   * under concurrency (see {@code NativeBulkStatementsTest}).
   *
   * @throws IllegalStateException when the rows marked are not the rows uploaded
   */
  void markShipped(String key, int records) {
    int marked =
        em.createNativeQuery(
                "UPDATE audit_outbox SET shipped_at = now()"
                    + " WHERE object_key = ?1 AND shipped_at IS NULL")
            .setParameter(1, key)
            .executeUpdate();
    if (marked != records) {
      throw new IllegalStateException(
          "Batch "
              + key
              + " changed while locked: "
              + marked
              + " rows marked, "
              + records
              + " uploaded");
    }
    em.createNativeQuery(
            "UPDATE audit_shipping_state SET shipped_records = shipped_records + ?1,"
                + " shipped_objects = shipped_objects + 1, last_object_key = ?2,"
                + " last_shipped_at = now() WHERE id = 1")
        .setParameter(1, (long) records)
        .setParameter(2, key)
        .executeUpdate();
  }

  /**
   * Deletes up to {@code chunk} rows shipped longer ago than {@code retention}, oldest first.
   * Native: a {@code LIMIT} in the subquery bounds each statement (JPQL has none), and the age is
   * measured on the database clock that wrote {@code shipped_at}.
   */
  int pruneChunk(Duration retention, int chunk) {
    return em.createNativeQuery(
            "DELETE FROM audit_outbox WHERE seq IN (SELECT seq FROM audit_outbox"
                + " WHERE shipped_at < now() - ?1 * interval '1 millisecond'"
                + " ORDER BY shipped_at LIMIT ?2)")
        .setParameter(1, retention.toMillis())
        .setParameter(2, chunk)
        .executeUpdate();
  }

  /**
   * Pending count, age of the oldest pending row, totals and last key, in one statement. Native:
   * the age is measured on the database clock that wrote {@code enqueued_at} (the application
   * server's clock may differ), and the partial index keeps it cheap whatever the table size.
   */
  ShippingStatistics statistics() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT (SELECT count(*) FROM audit_outbox WHERE shipped_at IS NULL),"
                    + " (SELECT COALESCE(GREATEST(0, floor(EXTRACT(EPOCH FROM now() - min(enqueued_at))))::bigint, 0)"
                    + "    FROM audit_outbox WHERE shipped_at IS NULL),"
                    + " s.shipped_records, s.last_object_key"
                    + " FROM audit_shipping_state s WHERE s.id = 1")
            .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalStateException("audit_shipping_state has no row; migration V4 not applied?");
    }
    Object[] row = rows.get(0);
    return new ShippingStatistics(
        ((Number) row[0]).longValue(),
        ((Number) row[2]).longValue(),
        ((Number) row[1]).longValue(),
        (String) row[3]);
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return value instanceof Instant instant ? instant : ((Timestamp) value).toInstant();
  }

  /** Another transaction holds rows of the batch: it is shipping it. */
  static final class BatchBusyException extends RuntimeException {
    BatchBusyException(String key, Throwable cause) {
      super("Batch " + key + " is being shipped by another transaction", cause);
    }
  }
}

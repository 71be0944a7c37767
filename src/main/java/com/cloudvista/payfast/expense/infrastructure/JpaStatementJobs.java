package com.cloudvista.payfast.expense.infrastructure;

import static com.cloudvista.payfast.platform.db.NativeQueries.entities;
import static com.cloudvista.payfast.platform.db.NativeQueries.query;

import com.cloudvista.payfast.expense.domain.StatementJob;
import com.cloudvista.payfast.expense.domain.StatementJobs;
import com.cloudvista.payfast.platform.db.FilteredQuery;
import com.cloudvista.payfast.platform.paging.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Statement exports in PostgreSQL through the persistence unit's EntityManager: a new job is the
 * entity {@link StatementJobRow}; the keyset page and the lease ({@link JobLease}: claim with SKIP
 * LOCKED, writes fenced by {@code lease_owner}) are native queries. The job's own writes run in
 * transactions of their own (they come from job threads, and must commit at once).
 */
@ApplicationScoped
public class JpaStatementJobs implements StatementJobs {

  private static final String TABLE = "statement_job";

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Override
  @Transactional
  public void create(StatementJob job) {
    em.persist(StatementJobRow.of(job));
    em.flush(); // the row exists (or fails) here, as the JDBC insert did
  }

  @Override
  public Optional<StatementJob> find(String owner, String id) {
    return em.createQuery(
            "SELECT j FROM StatementJobRow j WHERE j.id = :id AND j.ownerId = :owner",
            StatementJobRow.class)
        .setParameter("id", id)
        .setParameter("owner", owner)
        .getResultStream()
        .findFirst()
        .map(StatementJobRow::toJob);
  }

  @Override
  public List<StatementJob> list(String owner, Cursors.Position after, int limit) {
    List<StatementJobRow> rows =
        after == null
            ? entities(
                em,
                StatementJobRow.class,
                "SELECT * FROM statement_job WHERE owner_id = ?1"
                    + " ORDER BY created_at DESC, id DESC LIMIT ?2",
                owner,
                limit)
            : entities(
                em,
                StatementJobRow.class,
                "SELECT * FROM statement_job WHERE owner_id = ?1 AND (created_at, id) < (?2, ?3)"
                    + " ORDER BY created_at DESC, id DESC LIMIT ?4",
                owner,
                after.createdAt(),
                after.id(),
                limit);
    return rows.stream().map(StatementJobRow::toJob).toList();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<StatementJob> claim(String worker, Duration lease) {
    FilteredQuery claim = new FilteredQuery(JobLease.claim(TABLE), worker, lease.toMillis());
    return entities(em, StatementJobRow.class, claim.sql(), claim.params()).stream()
        .findFirst()
        .map(StatementJobRow::toJob);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean renew(String jobId, String worker, Duration lease) {
    return lease(JobLease.renew(TABLE), lease.toMillis(), jobId, worker) == 1;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean ready(String jobId, String worker, long rows, long size) {
    return query(
                em,
                "UPDATE statement_job SET status = 'READY', rows = ?1, size = ?2, failure = NULL,"
                    + " finished_at = now(), lease_owner = NULL, lease_until = NULL"
                    + " WHERE id = ?3 AND lease_owner = ?4 AND status = 'PENDING'",
                rows,
                size,
                jobId,
                worker)
            .executeUpdate()
        == 1;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean fail(String jobId, String worker, String reason) {
    return lease(JobLease.fail(TABLE), reason, jobId, worker) == 1;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(String jobId, String worker, String reason, Duration retryIn) {
    lease(JobLease.release(TABLE), reason, retryIn.toMillis(), jobId, worker);
  }

  /** Runs one of {@link JobLease}'s statements (JDBC {@code ?} placeholders, numbered here). */
  private int lease(String sql, Object... params) {
    return new FilteredQuery(sql, params).create(em).executeUpdate();
  }
}

package com.cloudvista.payfast.expense.infrastructure;

import com.cloudvista.payfast.expense.domain.StatementJob;
import com.cloudvista.payfast.expense.domain.StatementJobs;
import com.cloudvista.payfast.platform.db.Sql;
import com.cloudvista.payfast.platform.paging.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Statement exports in PostgreSQL; the lease SQL is {@link JobLease}'s. The job's own writes run in
 * transactions of their own (they come from job threads, and must commit at once).
 */
@ApplicationScoped
public class JdbcStatementJobs implements StatementJobs {

  private static final String TABLE = "statement_job";

  @Inject Sql sql;

  @Override
  public void create(StatementJob job) {
    sql.update(
        "INSERT INTO statement_job (id, owner_id, wallet_id, from_time, to_time, format, object_key)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        job.id(),
        job.ownerId(),
        UUID.fromString(job.walletId()),
        job.from(),
        job.to(),
        job.format(),
        job.objectKey());
  }

  @Override
  public Optional<StatementJob> find(String owner, String id) {
    return sql.one(
        "SELECT * FROM statement_job WHERE id = ? AND owner_id = ?",
        JdbcStatementJobs::job,
        id,
        owner);
  }

  @Override
  public List<StatementJob> list(String owner, Cursors.Position after, int limit) {
    if (after == null) {
      return sql.list(
          "SELECT * FROM statement_job WHERE owner_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
          JdbcStatementJobs::job,
          owner,
          limit);
    }
    return sql.list(
        "SELECT * FROM statement_job WHERE owner_id = ? AND (created_at, id) < (?, ?)"
            + " ORDER BY created_at DESC, id DESC LIMIT ?",
        JdbcStatementJobs::job,
        owner,
        after.createdAt(),
        after.id(),
        limit);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<StatementJob> claim(String worker, Duration lease) {
    return sql.one(JobLease.claim(TABLE), JdbcStatementJobs::job, worker, lease.toMillis());
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean renew(String jobId, String worker, Duration lease) {
    return sql.update(JobLease.renew(TABLE), lease.toMillis(), jobId, worker) == 1;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean ready(String jobId, String worker, long rows, long size) {
    return sql.update(
            "UPDATE statement_job SET status = 'READY', rows = ?, size = ?, failure = NULL, finished_at = now(),"
                + " lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ? AND status = 'PENDING'",
            rows,
            size,
            jobId,
            worker)
        == 1;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean fail(String jobId, String worker, String reason) {
    return sql.update(JobLease.fail(TABLE), reason, jobId, worker) == 1;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(String jobId, String worker, String reason, Duration retryIn) {
    sql.update(JobLease.release(TABLE), reason, retryIn.toMillis(), jobId, worker);
  }

  private static StatementJob job(ResultSet rs) throws SQLException {
    return new StatementJob(
        rs.getString("id"),
        rs.getString("owner_id"),
        rs.getString("wallet_id"),
        Sql.instant(rs, "from_time"),
        Sql.instant(rs, "to_time"),
        StatementJob.Format.valueOf(rs.getString("format")),
        StatementJob.Status.valueOf(rs.getString("status")),
        rs.getString("object_key"),
        Sql.optionalLong(rs, "rows"),
        Sql.optionalLong(rs, "size"),
        rs.getString("failure"),
        rs.getInt("attempts"),
        Sql.instant(rs, "created_at"),
        rs.getTimestamp("finished_at") == null ? null : Sql.instant(rs, "finished_at"));
  }
}

package com.cloudvista.payfast.expense.infrastructure;

/**
 * The lease SQL the job tables share (import_job, statement_job): claim the oldest PENDING job
 * whose lease lapsed with {@code SKIP LOCKED}, so instances never wait on or take the same job, and
 * fence every later write with {@code lease_owner = ?}.
 */
final class JobLease {

  private JobLease() {}

  /** Params: worker, lease millis. Returns the claimed row's columns. */
  static String claim(String table) {
    return "UPDATE "
        + table
        + " SET lease_owner = ?, lease_until = now() + ? * interval '1 millisecond',"
        + " attempts = attempts + 1 WHERE id = (SELECT id FROM "
        + table
        + " WHERE status = 'PENDING' AND (lease_until IS NULL OR lease_until < now())"
        + " ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING *";
  }

  /** Params: lease millis, id, worker. */
  static String renew(String table) {
    return "UPDATE "
        + table
        + " SET lease_until = now() + ? * interval '1 millisecond'"
        + " WHERE id = ? AND lease_owner = ? AND status = 'PENDING'";
  }

  /** Params: reason, id, worker. */
  static String fail(String table) {
    return "UPDATE "
        + table
        + " SET status = 'FAILED', failure = ?, finished_at = now(), lease_owner = NULL,"
        + " lease_until = NULL WHERE id = ? AND lease_owner = ? AND status = 'PENDING'";
  }

  /** Params: reason, retry millis, id, worker. */
  static String release(String table) {
    return "UPDATE "
        + table
        + " SET failure = ?, lease_owner = NULL,"
        + " lease_until = now() + ? * interval '1 millisecond' WHERE id = ? AND lease_owner = ? AND status = 'PENDING'";
  }
}

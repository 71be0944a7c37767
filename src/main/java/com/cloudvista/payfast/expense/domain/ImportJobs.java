package com.cloudvista.payfast.expense.domain;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Import jobs and what they write. Every write of a running job is fenced by its lease: a worker
 * that lost the lease (it stalled past it and another took over) can no longer change anything.
 */
public interface ImportJobs {

  /** A line to create as a manual expense, with whether a rule chose its category. */
  record NewExpense(Expense expense, boolean categorizedByRule) {}

  /** One batch: the expenses to create, and what else the batch's records were. */
  record Batch(int recordsDone, List<NewExpense> expenses, int skipped, List<LineError> errors) {}

  void create(ImportJob job);

  Optional<ImportJob> find(String owner, String id);

  /** Takes the oldest PENDING job whose lease lapsed (or never existed) for {@code worker}. */
  Optional<ImportJob> claim(String worker, Duration lease);

  /**
   * In one transaction: creates the batch's expenses (a key the owner already has is a duplicate,
   * not an error), adds the counts, moves {@code recordsDone} on and renews the lease. Returns the
   * counts added; empty when {@code worker} no longer holds the lease (nothing is written).
   */
  Optional<ImportJob.Counts> commit(String jobId, String worker, Duration lease, Batch batch);

  /** PENDING → DONE; false when the lease was lost. */
  boolean finish(String jobId, String worker);

  /** PENDING → FAILED with the reason; false when the lease was lost. */
  boolean fail(String jobId, String worker, String reason);

  /**
   * Gives the lease back after a passing failure so another attempt starts after {@code retryIn}.
   */
  void release(String jobId, String worker, String reason, Duration retryIn);

  /** Which of these import keys the owner's expenses already have. */
  Set<String> existingKeys(String owner, Collection<String> keys);
}

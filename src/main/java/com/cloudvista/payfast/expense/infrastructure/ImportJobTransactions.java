package com.cloudvista.payfast.expense.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * How {@link JpaImportJobs} gets its transactions on the persistence unit {@code payfast}: in the
 * server JTA transactions ({@link JtaImportJobTransactions}); outside it (a test placing a crash
 * between two batches) resource-local ones on an EntityManager of the same unit. Either way the
 * work is committed when it returns and rolled back when it throws.
 */
public interface ImportJobTransactions {

  /** {@code work} in the caller's transaction, or in one of its own when there is none. */
  <T> T joining(Function<EntityManager, T> work);

  /** {@code work} in a new transaction of its own (the job threads' writes commit at once). */
  <T> T inNewTransaction(Function<EntityManager, T> work);
}

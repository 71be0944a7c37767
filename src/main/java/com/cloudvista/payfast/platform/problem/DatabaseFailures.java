package com.cloudvista.payfast.platform.problem;

import com.cloudvista.payfast.platform.db.PersistenceFailures;

/**
 * Persistence failures as the API sees them. The classification itself is {@link
 * PersistenceFailures} in {@code platform.db}, the one translation, which sits below this package
 * and knows nothing of problems; this class only turns its verdicts into problem+json terms.
 */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /** Whether {@code failure} means "the database cannot be reached": a 503 with Retry-After. */
  public static boolean isUnavailable(Throwable failure) {
    return PersistenceFailures.isUnavailable(failure);
  }

  /**
   * The failure as the API should see it: a conflict becomes a 409 {@link ProblemException} with
   * {@code conflictDetail}; any other failure is returned as it is, since the problem mappers
   * already answer a connection loss with 503 and the rest with 500, and a retryable failure must
   * reach the retry loop around the transaction unchanged.
   */
  public static RuntimeException translate(RuntimeException failure, String conflictDetail) {
    if (PersistenceFailures.classify(failure) == PersistenceFailures.Kind.CONFLICT) {
      ProblemException conflict = new ProblemException(ErrorCode.CONFLICT, conflictDetail);
      conflict.initCause(failure);
      return conflict;
    }
    return failure;
  }
}

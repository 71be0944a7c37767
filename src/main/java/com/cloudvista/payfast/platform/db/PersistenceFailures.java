package com.cloudvista.payfast.platform.db;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * The one translation of persistence failures, for JDBC ({@link Sql}), JPA and EclipseLink alike.
 * It reads the cause chain: EclipseLink's {@code DatabaseException} and JPA's {@code
 * PersistenceException} both carry the driver's {@link SQLException} as their cause, so the
 * SQLSTATE decides; the JPA exception types decide only where no SQLSTATE is present.
 *
 * <ul>
 *   <li>{@link Kind#CONFLICT}: unique violation (23505), {@code EntityExistsException} — a 409.
 *   <li>{@link Kind#RETRYABLE}: deadlock (40P01), serialization failure (40001), optimistic or
 *       pessimistic lock failures — run the whole transaction again.
 *   <li>{@link Kind#UNAVAILABLE}: connection exceptions (SQLSTATE class 08), shutdown (57P01..03),
 *       the driver's connection exception types — a 503 with Retry-After.
 *   <li>{@link Kind#UNEXPECTED}: everything else — a 500, logged with its request id.
 * </ul>
 */
public final class PersistenceFailures {

  /** What a persistence failure means to the caller. */
  public enum Kind {
    CONFLICT,
    RETRYABLE,
    UNAVAILABLE,
    UNEXPECTED
  }

  public static final String UNIQUE_VIOLATION = "23505";
  public static final String SERIALIZATION_FAILURE = "40001";
  public static final String DEADLOCK_DETECTED = "40P01";

  private PersistenceFailures() {}

  /**
   * What {@code failure} means, judged by the first SQLSTATE in its cause chain, else its types.
   */
  public static Kind classify(Throwable failure) {
    String state = sqlState(failure);
    if (state != null) {
      Kind kind = ofState(state);
      if (kind != Kind.UNEXPECTED) {
        return kind;
      }
    }
    for (Throwable t = failure; t != null; t = next(t)) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return Kind.UNAVAILABLE;
      }
      if (t instanceof EntityExistsException) {
        return Kind.CONFLICT;
      }
      if (t instanceof OptimisticLockException
          || t instanceof PessimisticLockException
          || t instanceof LockTimeoutException) {
        return Kind.RETRYABLE;
      }
    }
    return Kind.UNEXPECTED;
  }

  /** The meaning of one SQLSTATE (PostgreSQL's codes). */
  public static Kind ofState(String state) {
    if (state == null) {
      return Kind.UNEXPECTED;
    }
    if (UNIQUE_VIOLATION.equals(state)) {
      return Kind.CONFLICT;
    }
    if (DEADLOCK_DETECTED.equals(state) || SERIALIZATION_FAILURE.equals(state)) {
      return Kind.RETRYABLE;
    }
    if (state.startsWith("08")
        || "57P01".equals(state) // admin_shutdown
        || "57P02".equals(state) // crash_shutdown
        || "57P03".equals(state)) { // cannot_connect_now
      return Kind.UNAVAILABLE;
    }
    return Kind.UNEXPECTED;
  }

  public static boolean isUniqueViolation(Throwable failure) {
    return UNIQUE_VIOLATION.equals(sqlState(failure));
  }

  public static boolean isRetryable(Throwable failure) {
    return classify(failure) == Kind.RETRYABLE;
  }

  /**
   * The failure as the API should see it: a conflict becomes a 409 {@link ProblemException} with
   * {@code conflictDetail}; any other failure is returned as it is, since the problem mappers
   * already answer a connection loss with 503 and the rest with 500, and a retryable failure must
   * reach the retry loop around the transaction unchanged.
   */
  public static RuntimeException translate(RuntimeException failure, String conflictDetail) {
    if (classify(failure) == Kind.CONFLICT) {
      ProblemException conflict = new ProblemException(ErrorCode.CONFLICT, conflictDetail);
      conflict.initCause(failure);
      return conflict;
    }
    return failure;
  }

  /**
   * The SQLSTATE of the first {@link SQLException} in the cause chain (or its next exceptions), or
   * null.
   */
  public static String sqlState(Throwable failure) {
    for (Throwable t = failure; t != null; t = next(t)) {
      if (t instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          if (s.getSQLState() != null) {
            return s.getSQLState();
          }
        }
      }
    }
    return null;
  }

  private static Throwable next(Throwable t) {
    Throwable cause = t.getCause();
    return cause == t ? null : cause;
  }
}

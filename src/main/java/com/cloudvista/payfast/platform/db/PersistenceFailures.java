package com.cloudvista.payfast.platform.db;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * The one translation of persistence failures, for JDBC, JPA and EclipseLink alike. It reads the
 * cause chain: EclipseLink's {@code DatabaseException} and JPA's {@code PersistenceException} both
 * carry the driver's {@link SQLException} as their cause, so the SQLSTATE decides; the JPA
 * exception types decide only where no SQLSTATE is present.
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
   * Whether {@code failure} means "the database cannot be reached", anywhere in its cause chain:
   * the JDBC connection exception types, an {@link SQLException} of SQLSTATE class 08 (connection
   * exception), 28 (invalid authorization: the login was refused, e.g. a new connection with a
   * password that was rotated away) or 57P (operator intervention: shutdown), or Liberty's
   * connection manager giving up (pool exhausted, no connection could be made). Wider than {@link
   * Kind#UNAVAILABLE}, which judges only the first SQLSTATE: the problem mappers answer all of
   * these with a 503.
   */
  public static boolean isUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
        return true;
      }
      String name = t.getClass().getName();
      if (name.endsWith("ConnectionWaitTimeoutException")
          || name.endsWith("ResourceAllocationException")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static boolean isConnectionState(String state) {
    return state != null
        && (state.startsWith("08") || state.startsWith("28") || state.startsWith("57P"));
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

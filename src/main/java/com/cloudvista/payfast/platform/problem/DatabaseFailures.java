package com.cloudvista.payfast.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Recognises, anywhere in a cause chain, a failure that means "the database cannot be reached". */
public final class DatabaseFailures {

  private DatabaseFailures() {}

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
      // Liberty's connection manager: pool exhausted or no connection could be made.
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

  /**
   * SQLSTATE class 08 (connection exception), 28 (invalid authorization: the login was refused,
   * e.g. a new connection with a password that was rotated away) and 57P (operator intervention:
   * shutdown).
   */
  private static boolean isConnectionState(String state) {
    return state != null
        && (state.startsWith("08") || state.startsWith("28") || state.startsWith("57P"));
  }
}

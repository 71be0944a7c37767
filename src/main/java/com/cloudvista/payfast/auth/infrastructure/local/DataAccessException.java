package com.cloudvista.payfast.auth.infrastructure.local;

/**
 * A failed SQL statement; the cause chain tells the problem mappers whether the database is down.
 */
public class DataAccessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DataAccessException(String message, Throwable cause) {
    super(message, cause);
  }
}

package com.cloudvista.payfast.expense.domain;

/** The file as a whole cannot be read in its declared format (not CSV/OFX, a column missing). */
public class BankFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BankFileException(String message) {
    super(message);
  }

  public BankFileException(String message, Throwable cause) {
    super(message, cause);
  }
}

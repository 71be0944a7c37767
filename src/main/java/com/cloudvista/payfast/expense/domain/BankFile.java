package com.cloudvista.payfast.expense.domain;

import java.io.InputStream;

/**
 * A reader of one bank-file format that streams: it hands each line (or a line's error) to the
 * visitor as it reads, so a file of any length needs the memory of one line.
 */
public interface BankFile {

  /** Receives the lines of a file in file order; {@code record} counts lines and errors from 1. */
  interface Visitor {
    void line(int record, BankLine line);

    void error(int record, int line, String message);
  }

  /**
   * Reads the whole stream.
   *
   * @throws BankFileException when the file is not of this format at all
   */
  void read(InputStream in, Visitor visitor);
}

package com.cloudvista.payfast.expense.domain;

import java.util.Currency;

/** The readers of the bank-file formats (implemented with parsing libraries in infrastructure). */
public interface BankFiles {

  /**
   * A reader for {@code format}; {@code columns} applies to CSV.
   *
   * @throws IllegalArgumentException when the CSV date format is not a valid pattern
   */
  BankFile reader(ImportFormat format, CsvColumns columns, Currency currency);
}

package com.cloudvista.payfast.expense.infrastructure;

import com.cloudvista.payfast.expense.domain.BankFile;
import com.cloudvista.payfast.expense.domain.BankFiles;
import com.cloudvista.payfast.expense.domain.CsvColumns;
import com.cloudvista.payfast.expense.domain.ImportFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Currency;

/** CSV through Commons CSV, OFX through ofx4j. */
@ApplicationScoped
public class ParsingBankFiles implements BankFiles {

  @Override
  public BankFile reader(ImportFormat format, CsvColumns columns, Currency currency) {
    return switch (format) {
      case CSV -> new CsvBankFile(columns == null ? CsvColumns.DEFAULT : columns, currency);
      case OFX -> new OfxBankFile(currency);
    };
  }
}

package com.cloudvista.payfast.expense.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudvista.payfast.expense.BankFileSamples;
import com.cloudvista.payfast.expense.domain.BankFile;
import com.cloudvista.payfast.expense.domain.BankFileException;
import com.cloudvista.payfast.expense.domain.BankLine;
import com.cloudvista.payfast.expense.domain.CsvColumns;
import com.cloudvista.payfast.expense.domain.LineError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV and OFX readers on files as banks write them, good lines and bad. */
class BankFilesTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final CsvColumns BANK =
      new CsvColumns("Date", "Amount", "Description", "dd/MM/yyyy");

  private record Read(List<BankLine> lines, List<LineError> errors) {}

  private static Read read(BankFile reader, byte[] file) {
    List<BankLine> lines = new ArrayList<>();
    List<LineError> errors = new ArrayList<>();
    reader.read(
        new ByteArrayInputStream(file),
        new BankFile.Visitor() {
          @Override
          public void line(int record, BankLine line) {
            lines.add(line);
          }

          @Override
          public void error(int record, int line, String message) {
            errors.add(new LineError(line, message));
          }
        });
    return new Read(lines, errors);
  }

  @Test
  void csvLinesKeepTheirSignsQuotesAndDistinctKeysForIdenticalLines() {
    Read read = read(new CsvBankFile(BANK, USD), BankFileSamples.csv("t"));
    assertThat(read.lines())
        .extracting(BankLine::amount)
        .containsExactly(-350L, -350L, -4210L, 250000L);
    assertThat(read.lines().get(2).merchant()).isEqualTo("Fresh Market, Main St t");
    assertThat(read.lines().get(2).bookedAt()).isEqualTo(Instant.parse("2026-11-04T00:00:00Z"));
    assertThat(read.lines().get(0).importKey()).isNotEqualTo(read.lines().get(1).importKey());
    assertThat(read.errors()).extracting(LineError::line).containsExactly(6, 7);
    // the same file read again gives the same keys
    assertThat(read(new CsvBankFile(BANK, USD), BankFileSamples.csv("t")).lines())
        .extracting(BankLine::importKey)
        .containsExactlyElementsOf(read.lines().stream().map(BankLine::importKey).toList());
  }

  @Test
  void csvWithoutTheMappedColumnIsNotImportable() {
    assertThatThrownBy(
            () -> read(new CsvBankFile(CsvColumns.DEFAULT, USD), BankFileSamples.csv("t")))
        .isInstanceOf(BankFileException.class)
        .hasMessageContaining("no column 'merchant'");
    assertThatThrownBy(() -> read(new CsvBankFile(BANK, USD), new byte[0]))
        .isInstanceOf(BankFileException.class);
  }

  @Test
  void ofxVersionOneSgmlAndVersionTwoXmlAreRead() {
    Read v1 = read(new OfxBankFile(USD), BankFileSamples.ofx1("acct"));
    assertThat(v1.lines()).extracting(BankLine::amount).containsExactly(-1240L, -8000L, 150000L);
    assertThat(v1.lines().get(0).bookedAt()).isEqualTo(Instant.parse("2026-11-02T17:00:00Z"));
    assertThat(v1.lines().get(1).merchant()).isEqualTo("GROCER & SONS");
    assertThat(v1.errors()).extracting(LineError::line).containsExactly(4);
    Read v2 = read(new OfxBankFile(USD), BankFileSamples.ofx2("acct"));
    assertThat(v2.lines()).extracting(BankLine::amount).containsExactly(-725L, -1999L, 2000L);
    assertThat(v2.errors()).isEmpty();
  }

  @Test
  void textThatIsNotOfxIsRefusedAsAWhole() {
    assertThatThrownBy(
            () -> read(new OfxBankFile(USD), "date,amount\n".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(BankFileException.class)
        .hasMessageStartingWith("The file is not OFX");
  }
}

package com.cloudvista.payfast.expense.infrastructure;

import com.cloudvista.payfast.expense.domain.BankFile;
import com.cloudvista.payfast.expense.domain.BankFileException;
import com.cloudvista.payfast.expense.domain.BankLine;
import com.cloudvista.payfast.expense.domain.CsvColumns;
import com.cloudvista.payfast.expense.domain.MajorUnits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Currency;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A bank's CSV export (RFC 4180, a header line, UTF-8 with or without BOM), read record by record
 * with Commons CSV. A line's import key is a hash of its date, amount, merchant and its occurrence
 * number among identical lines of the file: re-importing the file (or a later export that repeats
 * it) finds the same keys, while two genuine identical coffees on one day stay two lines.
 */
public final class CsvBankFile implements BankFile {

  private final CsvColumns columns;
  private final Currency currency;
  private final DateTimeFormatter dates;

  public CsvBankFile(CsvColumns columns, Currency currency) {
    this.columns = columns;
    this.currency = currency;
    this.dates = columns.formatter();
  }

  @Override
  public void read(InputStream in, BankFile.Visitor visitor) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024)) {
      skipByteOrderMark(reader);
      CSVParser parser;
      try {
        parser = CSVParser.builder().setReader(reader).setFormat(format).get();
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new BankFileException("The file is not CSV with a header line: " + message(e), e);
      }
      Map<String, Integer> header = lowerCase(parser.getHeaderMap());
      int date = column(header, columns.dateColumn(), "dateColumn");
      int amount = column(header, columns.amountColumn(), "amountColumn");
      int merchant = column(header, columns.merchantColumn(), "merchantColumn");
      Map<Long, Integer> occurrences = new HashMap<>();
      int record = 0;
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord row;
        try {
          if (!records.hasNext()) {
            break;
          }
          row = records.next();
        } catch (UncheckedIOException
            | IllegalStateException e) { // unterminated quote, bad encoding
          record++;
          visitor.error(
              record, (int) parser.getCurrentLineNumber(), "unreadable CSV: " + message(e));
          return;
        }
        record++;
        int line = (int) row.getRecordNumber() + 1; // the header is line 1
        if (row.size() != header.size()) {
          visitor.error(
              record, line, "has " + row.size() + " fields; the header has " + header.size());
          continue;
        }
        try {
          Instant bookedAt = bookedAt(row.get(date));
          long minor = MajorUnits.toMinor(row.get(amount), currency);
          String name = row.get(merchant).isBlank() ? null : row.get(merchant);
          String identity =
              bookedAt + "|" + minor + "|" + (name == null ? "" : name.toLowerCase(Locale.ROOT));
          int occurrence = occurrences.merge(fingerprint(identity), 1, Integer::sum);
          visitor.line(
              record,
              new BankLine(
                  line, bookedAt, minor, name, null, "csv:" + sha256(identity + "|" + occurrence)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
          visitor.error(record, line, message(e));
        }
      }
    } catch (IOException e) {
      if (e instanceof CharacterCodingException) {
        throw new BankFileException("The file is not UTF-8 text", e);
      }
      throw new UncheckedIOException(e);
    }
  }

  private Instant bookedAt(String text) {
    TemporalAccessor parsed;
    try {
      parsed = dates.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "date '" + text + "' does not match " + columns.dateFormat());
    }
    LocalDate day = parsed.query(TemporalQueries.localDate());
    if (day == null) {
      throw new IllegalArgumentException(
          "date '" + text + "' has no day in " + columns.dateFormat());
    }
    var time = parsed.query(TemporalQueries.localTime());
    return (time == null ? day.atStartOfDay() : LocalDateTime.of(day, time))
        .toInstant(ZoneOffset.UTC);
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  private static Map<String, Integer> lowerCase(Map<String, Integer> header) {
    if (header == null || header.isEmpty()) {
      throw new BankFileException("The file is empty; a CSV import needs a header line");
    }
    Map<String, Integer> lower = new HashMap<>();
    header.forEach((name, index) -> lower.put(name.strip().toLowerCase(Locale.ROOT), index));
    return lower;
  }

  private static int column(Map<String, Integer> header, String name, String field) {
    Integer index = header.get(name.strip().toLowerCase(Locale.ROOT));
    if (index == null) {
      throw new BankFileException(
          "The header has no column '"
              + name
              + "' (csv."
              + field
              + "); it has "
              + header.keySet().stream().sorted().toList());
    }
    return index;
  }

  private static long fingerprint(String identity) {
    long h = 1125899906842597L;
    for (int i = 0; i < identity.length(); i++) {
      h = 31 * h + identity.charAt(i);
    }
    return h ^ ((long) identity.hashCode() << 32);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String message(Throwable e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return text.length() > 200 ? text.substring(0, 200) : text;
  }
}

package com.cloudvista.payfast.expense.infrastructure;

import com.cloudvista.payfast.expense.domain.BankFile;
import com.cloudvista.payfast.expense.domain.BankFileException;
import com.cloudvista.payfast.expense.domain.BankLine;
import com.cloudvista.payfast.expense.domain.MajorUnits;
import com.webcohesion.ofx4j.io.DefaultHandler;
import com.webcohesion.ofx4j.io.OFXParseException;
import com.webcohesion.ofx4j.io.nanoxml.NanoXMLOFXReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bank statement in OFX 1.x (SGML, unclosed elements) or 2.x (XML), read as a stream of parse
 * events by ofx4j's {@link NanoXMLOFXReader}: each {@code STMTTRN} becomes a line as soon as it
 * closes. A line's import key is its account and {@code FITID}, the id the bank gives it for good.
 * {@code record} and {@code line} of an error are the transaction's position in the file.
 */
public final class OfxBankFile implements BankFile {

  /** {@code YYYYMMDD[HHMMSS[.XXX]][[offset[:TZ]]]}, the OFX date-time. */
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{8})(\\d{6})?(?:\\.\\d{1,3})?(?:\\[([+-]?\\d{1,2}(?:\\.\\d+)?)(?::[^\\]]*)?\\])?");

  private final Currency currency;

  public OfxBankFile(Currency currency) {
    this.currency = currency;
  }

  @Override
  public void read(InputStream in, BankFile.Visitor visitor) {
    NanoXMLOFXReader reader = new NanoXMLOFXReader();
    Transactions handler = new Transactions(visitor);
    reader.setContentHandler(handler);
    Source source = new Source(in);
    try {
      reader.parse(source);
    } catch (OFXParseException | IOException e) {
      if (source.failure != null) { // the stream itself failed (S3): not the file's fault
        throw new UncheckedIOException(source.failure);
      }
      if (handler.record == 0) {
        throw new BankFileException("The file is not OFX: " + firstLine(e), e);
      }
      handler.record++;
      visitor.error(
          handler.record, handler.record, "unreadable OFX after this point: " + firstLine(e));
    } catch (RuntimeException e) { // NanoXML reports some malformed input as unchecked exceptions
      if (e instanceof BankFileException || e instanceof UncheckedIOException) {
        throw e;
      }
      throw new BankFileException("The file is not OFX: " + firstLine(e), e);
    }
    if (!handler.sawOfx) {
      throw new BankFileException("The file is not OFX: it has no <OFX> element");
    }
  }

  /**
   * Remembers a failure of the underlying stream, to tell it apart from the parser's complaints.
   */
  private static final class Source extends FilterInputStream {
    private IOException failure;

    Source(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }
  }

  private final class Transactions extends DefaultHandler {
    private final BankFile.Visitor visitor;
    private final Map<String, String> fields = new HashMap<>();
    private String account = "";
    private boolean inTransaction;
    private boolean inPayee;
    private boolean sawOfx;
    private int record;

    Transactions(BankFile.Visitor visitor) {
      this.visitor = visitor;
    }

    @Override
    public void startAggregate(String name) {
      switch (name) {
        case "OFX" -> sawOfx = true;
        case "STMTTRN" -> {
          inTransaction = true;
          fields.clear();
        }
        case "PAYEE" -> inPayee = true;
        default -> {}
      }
    }

    @Override
    public void onElement(String name, String value) {
      if (inTransaction) {
        fields.putIfAbsent(
            inPayee && name.equals("NAME") ? "PAYEE.NAME" : name,
            value == null ? "" : value.strip());
      } else if (name.equals("ACCTID")) {
        account = value == null ? "" : value.strip();
      }
    }

    @Override
    public void endAggregate(String name) {
      switch (name) {
        case "PAYEE" -> inPayee = false;
        case "STMTTRN" -> {
          inTransaction = false;
          record++;
          emit();
        }
        default -> {}
      }
    }

    private void emit() {
      String fitid = fields.get("FITID");
      if (fitid == null || fitid.isEmpty()) {
        visitor.error(record, record, "STMTTRN without FITID");
        return;
      }
      try {
        Instant bookedAt = dateTime(fields.get("DTPOSTED"));
        long amount = MajorUnits.toMinor(fields.get("TRNAMT"), currency);
        String merchant = first(fields.get("NAME"), fields.get("PAYEE.NAME"), fields.get("MEMO"));
        String memo = fields.get("MEMO");
        String key = "ofx:" + CsvBankFile.sha256(account + "|" + fitid);
        visitor.line(
            record,
            new BankLine(
                record,
                bookedAt,
                amount,
                merchant,
                memo == null || memo.isEmpty() ? null : memo,
                key));
      } catch (IllegalArgumentException e) {
        visitor.error(record, record, "FITID " + fitid + ": " + e.getMessage());
      }
    }
  }

  static Instant dateTime(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("DTPOSTED missing");
    }
    Matcher m = DATE_TIME.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("DTPOSTED '" + text + "' is not an OFX date");
    }
    try {
      LocalDate day = LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE);
      LocalDateTime local =
          m.group(2) == null
              ? day.atStartOfDay()
              : LocalDateTime.of(
                  day,
                  java.time.LocalTime.parse(m.group(2), DateTimeFormatter.ofPattern("HHmmss")));
      int offsetSeconds =
          m.group(3) == null ? 0 : (int) Math.round(Double.parseDouble(m.group(3)) * 3600);
      return local.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("DTPOSTED '" + text + "' is not a valid date");
    }
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return null;
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = message.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}

package com.cloudvista.payfast.expense;

import java.nio.charset.StandardCharsets;

/** Bank files as banks write them: a CSV export, OFX 1.0.2 (SGML) and OFX 2.1.1 (XML). */
public final class BankFileSamples {

  private BankFileSamples() {}

  /**
   * Six records: three outflows (two identical coffees on one day, a supermarket with a quoted
   * comma), one inflow, one malformed amount, one outflow with a bad date.
   */
  public static byte[] csv(String merchantSuffix) {
    return String.join(
            "\r\n",
            "Date,Description,Amount,Balance",
            "03/11/2026,Corner Coffee " + merchantSuffix + ",-3.50,996.50",
            "03/11/2026,Corner Coffee " + merchantSuffix + ",-3.50,993.00",
            "04/11/2026,\"Fresh Market, Main St " + merchantSuffix + "\",-42.10,950.90",
            "05/11/2026,Salary " + merchantSuffix + ",2500.00,3450.90",
            "06/11/2026,Broken " + merchantSuffix + ",12.5.0,3450.90",
            "31/02/2026,Impossible " + merchantSuffix + ",-1.00,3449.90",
            "")
        .getBytes(StandardCharsets.UTF_8);
  }

  static String transaction(
      String type, String date, String amount, String fitid, String name, boolean sgml) {
    String end = sgml ? "" : "</%s>";
    return "<STMTTRN>\n<TRNTYPE>"
        + type
        + close(end, "TRNTYPE")
        + "\n<DTPOSTED>"
        + date
        + close(end, "DTPOSTED")
        + "\n<TRNAMT>"
        + amount
        + close(end, "TRNAMT")
        + "\n<FITID>"
        + fitid
        + close(end, "FITID")
        + "\n<NAME>"
        + name
        + close(end, "NAME")
        + "\n</STMTTRN>\n";
  }

  private static String close(String pattern, String tag) {
    return pattern.isEmpty() ? "" : String.format(pattern, tag);
  }

  private static String body(String account, String transactions, boolean sgml) {
    String end = sgml ? "" : "</%s>";
    return "<OFX>\n<SIGNONMSGSRSV1>\n<SONRS>\n<STATUS>\n<CODE>0"
        + close(end, "CODE")
        + "\n<SEVERITY>INFO"
        + close(end, "SEVERITY")
        + "\n</STATUS>\n<DTSERVER>20261130120000"
        + close(end, "DTSERVER")
        + "\n<LANGUAGE>ENG"
        + close(end, "LANGUAGE")
        + "\n</SONRS>\n</SIGNONMSGSRSV1>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n<TRNUID>1"
        + close(end, "TRNUID")
        + "\n<STATUS>\n<CODE>0"
        + close(end, "CODE")
        + "\n<SEVERITY>INFO"
        + close(end, "SEVERITY")
        + "\n</STATUS>\n<STMTRS>\n<CURDEF>USD"
        + close(end, "CURDEF")
        + "\n<BANKACCTFROM>\n<BANKID>121000248"
        + close(end, "BANKID")
        + "\n<ACCTID>"
        + account
        + close(end, "ACCTID")
        + "\n<ACCTTYPE>CHECKING"
        + close(end, "ACCTTYPE")
        + "\n</BANKACCTFROM>\n<BANKTRANLIST>\n<DTSTART>20261101"
        + close(end, "DTSTART")
        + "\n<DTEND>20261130"
        + close(end, "DTEND")
        + "\n"
        + transactions
        + "</BANKTRANLIST>\n</STMTRS>\n</STMTTRNRS>\n"
        + "</BANKMSGSRSV1>\n</OFX>\n";
  }

  /** OFX 1.0.2: the SGML header block, elements without end tags. */
  public static byte[] ofx1(String account) {
    String transactions =
        transaction(
                "DEBIT",
                "20261102120000.000[-5:EST]",
                "-12.40",
                "F1-" + account,
                "CITY COFFEE ROASTERS",
                true)
            + transaction("POS", "20261103", "-80.00", "F2-" + account, "GROCER &amp; SONS", true)
            + transaction("CREDIT", "20261104", "1500.00", "F3-" + account, "PAYROLL", true)
            + transaction("DEBIT", "20261105", "-abc", "F4-" + account, "BROKEN", true);
    String header =
        "OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:USASCII\r\nCHARSET:1252\r\n"
            + "COMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n";
    return (header + body(account, transactions, true)).getBytes(StandardCharsets.US_ASCII);
  }

  /** OFX 2.1.1: XML with the OFX processing instruction. */
  public static byte[] ofx2(String account) {
    String transactions =
        transaction(
                "DEBIT", "20261106093000", "-7.25", "X1-" + account, "CITY COFFEE ROASTERS", false)
            + transaction("DEBIT", "20261107", "-19.99", "X2-" + account, "STREAMING CO", false)
            + transaction("CREDIT", "20261108", "20.00", "X3-" + account, "REFUND", false);
    String header =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
            + "<?OFX OFXHEADER=\"200\" VERSION=\"211\" SECURITY=\"NONE\" OLDFILEUID=\"NONE\" NEWFILEUID=\"NONE\"?>\n";
    return (header + body(account, transactions, false)).getBytes(StandardCharsets.UTF_8);
  }
}

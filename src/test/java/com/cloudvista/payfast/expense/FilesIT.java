package com.cloudvista.payfast.expense;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.ledger.LedgerApi;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Files through S3 (S3Proxy here) over HTTP: receipts uploaded with presigned PUTs and fetched with
 * presigned GETs, CSV and OFX imports (dry run, import, import again), statement exports.
 */
class FilesIT {

  private static final byte[] PNG = pngBytes();

  private static byte[] pngBytes() {
    byte[] bytes = new byte[70_000];
    new java.util.Random(7).nextBytes(bytes);
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    System.arraycopy(signature, 0, bytes, 0, signature.length);
    return bytes;
  }

  @Test
  void aReceiptGoesUpWithAPresignedPutAndComesBackWithTheSameBytes() {
    LedgerApi.User alice = LedgerApi.newUser();
    String receipt = FilesApi.upload(alice, "receipt", "image/png", PNG);
    String expense =
        ExpenseApi.expense(alice, 1250, "dining", "Corner Cafe", "2026-11-20T12:00:00Z");
    JsonPath attached =
        alice
            .request()
            .body(Map.of("receiptUploadId", receipt))
            .patch("/api/v1/expenses/" + expense)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(FilesApi.get(attached.getString("receiptUrl"))).isEqualTo(PNG);
    String again =
        alice
            .request()
            .get("/api/v1/expenses/" + expense)
            .then()
            .statusCode(200)
            .extract()
            .path("receiptUrl");
    assertThat(FilesApi.get(again)).isEqualTo(PNG);

    // the caller's side of a transaction takes a receipt too
    String wallet = alice.wallet("USD");
    String deposit = alice.deposit(wallet, 5_000, "USD");
    String pdf =
        FilesApi.upload(
            alice,
            "receipt",
            "application/pdf",
            "%PDF-1.7 receipt".getBytes(StandardCharsets.US_ASCII));
    String url =
        alice
            .request()
            .body(Map.of("receiptUploadId", pdf))
            .patch("/api/v1/transactions/" + deposit)
            .then()
            .statusCode(200)
            .extract()
            .path("receiptUrl");
    assertThat(new String(FilesApi.get(url), StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-1.7 receipt");
    String listed =
        alice
            .request()
            .queryParam("walletId", wallet)
            .get("/api/v1/transactions")
            .then()
            .statusCode(200)
            .extract()
            .path("data[0].receiptUrl");
    assertThat(listed).isNotBlank();
  }

  @Test
  void aCsvExportIsPreviewedImportedOnceAndNeverTwice() {
    LedgerApi.User alice = LedgerApi.newUser();
    alice
        .request()
        .body(
            Map.of(
                "name",
                "coffee",
                "match",
                Map.of("merchantContains", "coffee"),
                "category",
                "dining"))
        .post("/api/v1/rules")
        .then()
        .statusCode(201);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String upload = FilesApi.upload(alice, "import", "text/csv", BankFileSamples.csv(suffix));
    Map<String, Object> request =
        Map.of(
            "uploadId",
            upload,
            "format",
            "csv",
            "currency",
            "USD",
            "csv",
            Map.of(
                "dateColumn",
                "Date",
                "amountColumn",
                "Amount",
                "merchantColumn",
                "Description",
                "dateFormat",
                "dd/MM/yyyy"));

    JsonPath preview = FilesApi.dryRun(alice, request);
    assertThat(preview.getInt("rows")).isEqualTo(6);
    assertThat(preview.getInt("wouldCreate")).isEqualTo(3);
    assertThat(preview.getInt("duplicates")).isZero();
    assertThat(preview.getInt("skipped")).isEqualTo(1);
    assertThat(preview.getInt("categorizedByRules")).isEqualTo(2);
    assertThat(preview.getList("errors.line", Integer.class)).containsExactly(6, 7);
    assertThat(expenses(alice)).as("a dry run changes nothing").isEmpty();

    JsonPath done = FilesApi.importFile(alice, request);
    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(done.getInt("created")).isEqualTo(3);
    assertThat(done.getInt("skipped")).isEqualTo(1);
    assertThat(done.getInt("categorizedByRules")).isEqualTo(2);
    assertThat(done.getInt("errorCount")).isEqualTo(2);
    List<Map<String, Object>> created = expenses(alice);
    assertThat(created).extracting(e -> e.get("amount")).containsExactlyInAnyOrder(350, 350, 4210);
    assertThat(created)
        .extracting(e -> e.get("merchant"))
        .contains("Fresh Market, Main St " + suffix);
    assertThat(created)
        .filteredOn(e -> e.get("amount").equals(350))
        .extracting(e -> e.get("category"))
        .containsOnly("dining");
    assertThat(created)
        .filteredOn(e -> e.get("amount").equals(4210))
        .extracting(e -> e.get("spentAt"))
        .containsExactly("2026-11-04T00:00:00Z");

    JsonPath again = FilesApi.importFile(alice, request);
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("duplicates")).isEqualTo(3);
    assertThat(FilesApi.dryRun(alice, request).getInt("wouldCreate")).isZero();
    // the same lines in a new upload of the same export are still duplicates
    String reupload = FilesApi.upload(alice, "import", "text/csv", BankFileSamples.csv(suffix));
    Map<String, Object> second = new HashMap<>(request);
    second.put("uploadId", reupload);
    assertThat(FilesApi.importFile(alice, second).getInt("created")).isZero();
    assertThat(expenses(alice)).hasSize(3);
  }

  @Test
  void ofxStatementsOfBothVersionsImportOutflowsOnceByFitid() {
    LedgerApi.User alice = LedgerApi.newUser();
    alice
        .request()
        .body(
            Map.of(
                "name",
                "coffee",
                "match",
                Map.of("merchantContains", "coffee"),
                "category",
                "dining"))
        .post("/api/v1/rules")
        .then()
        .statusCode(201);
    String account = UUID.randomUUID().toString().substring(0, 8);
    String sgml =
        FilesApi.upload(alice, "import", "application/x-ofx", BankFileSamples.ofx1(account));
    Map<String, Object> v1 = Map.of("uploadId", sgml, "format", "ofx", "currency", "USD");
    JsonPath preview = FilesApi.dryRun(alice, v1);
    assertThat(preview.getInt("rows")).isEqualTo(4);
    assertThat(preview.getInt("wouldCreate")).isEqualTo(2);
    assertThat(preview.getInt("skipped")).isEqualTo(1);
    assertThat(preview.getInt("errorCount")).isEqualTo(1);
    JsonPath done = FilesApi.importFile(alice, v1);
    assertThat(done.getInt("created")).isEqualTo(2);
    assertThat(done.getInt("categorizedByRules")).isEqualTo(1);

    String xml = FilesApi.upload(alice, "import", "application/xml", BankFileSamples.ofx2(account));
    Map<String, Object> v2 = Map.of("uploadId", xml, "format", "ofx", "currency", "USD");
    assertThat(FilesApi.importFile(alice, v2).getInt("created")).isEqualTo(2);
    assertThat(FilesApi.importFile(alice, v1).getInt("duplicates")).isEqualTo(2);
    assertThat(FilesApi.importFile(alice, v2).getInt("created")).isZero();

    List<Map<String, Object>> all = expenses(alice);
    assertThat(all)
        .extracting(e -> e.get("amount"))
        .containsExactlyInAnyOrder(1240, 8000, 725, 1999);
    assertThat(all)
        .filteredOn(e -> e.get("amount").equals(1240))
        .extracting(e -> e.get("spentAt"))
        .containsExactly("2026-11-02T17:00:00Z");
    assertThat(all)
        .filteredOn(e -> "CITY COFFEE ROASTERS".equals(e.get("merchant")))
        .extracting(e -> e.get("category"))
        .containsOnly("dining");
  }

  @Test
  void aStatementExportHoldsExactlyTheWalletsLinesForTheRange() {
    LedgerApi.User alice = LedgerApi.newUser();
    LedgerApi.User bob = LedgerApi.newUser();
    String wallet = alice.wallet("USD");
    String bobs = bob.wallet("USD");
    alice.deposit(wallet, 10_000, "USD");
    alice.transfer(wallet, bobs, 2_501, "USD").then().statusCode(201);
    alice.deposit(wallet, 99, "USD");
    Instant from = Instant.now().minus(1, ChronoUnit.HOURS);
    Instant to = Instant.now().plus(1, ChronoUnit.HOURS);
    List<Map<String, Object>> lines =
        alice
            .request()
            .queryParam("from", from.toString())
            .queryParam("to", to.toString())
            .get("/api/v1/wallets/" + wallet + "/transactions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("data");
    assertThat(lines).hasSize(3);

    JsonPath csv = export(alice, wallet, from, to, "csv");
    assertThat(csv.getString("status")).isEqualTo("READY");
    assertThat(csv.getLong("rows")).isEqualTo(3);
    List<CSVRecord> records =
        parse(new String(FilesApi.get(csv.getString("downloadUrl")), StandardCharsets.UTF_8));
    assertThat(records)
        .extracting(r -> r.get("transactionId"))
        .containsExactlyElementsOf(
            lines.stream().map(l -> (String) l.get("transactionId")).toList());
    assertThat(records)
        .extracting(r -> Long.parseLong(r.get("amountMinor")))
        .containsExactlyElementsOf(
            lines.stream().map(l -> ((Number) l.get("amount")).longValue()).toList());
    assertThat(records)
        .extracting(r -> r.get("amount"))
        .containsExactly("0.99", "-25.01", "100.00");
    assertThat(csv.getLong("size")).isPositive();

    JsonPath json = export(alice, wallet, from, to, "json");
    JsonPath body =
        new JsonPath(
            new String(FilesApi.get(json.getString("downloadUrl")), StandardCharsets.UTF_8));
    assertThat(body.getInt("rows")).isEqualTo(3);
    assertThat(body.getList("lines.transactionId"))
        .containsExactlyElementsOf(lines.stream().map(l -> l.get("transactionId")).toList());

    List<String> listed =
        alice
            .request()
            .get("/api/v1/statements")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("data.id");
    assertThat(listed).containsExactly(json.getString("id"), csv.getString("id"));
    JsonPath page =
        alice
            .request()
            .queryParam("limit", 1)
            .get("/api/v1/statements")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("data.id")).containsExactly(json.getString("id"));
    assertThat(
            alice
                .request()
                .queryParam("limit", 1)
                .queryParam("cursor", page.getString("nextCursor"))
                .get("/api/v1/statements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data.id", String.class))
        .containsExactly(csv.getString("id"));
  }

  private static JsonPath export(
      LedgerApi.User user, String wallet, Instant from, Instant to, String format) {
    String location =
        user.request()
            .body(
                Map.of(
                    "walletId",
                    wallet,
                    "from",
                    from.toString(),
                    "to",
                    to.toString(),
                    "format",
                    format))
            .post("/api/v1/statements")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    return FilesApi.awaitDone(user, java.net.URI.create(location).getPath());
  }

  static List<CSVRecord> parse(String text) {
    try {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new StringReader(text))
          .getRecords();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Map<String, Object>> expenses(LedgerApi.User user) {
    List<Map<String, Object>> all = new ArrayList<>();
    all.addAll(
        user.request()
            .queryParam("limit", 200)
            .get("/api/v1/expenses")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("data"));
    return all;
  }
}

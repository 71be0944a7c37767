package com.cloudvista.payfast.expense;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.cloudvista.payfast.ledger.LedgerApi;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Files refused: what the signature does not admit is refused by S3 itself, a file that does not
 * match its declaration or format is a 400 naming the field, another user's ids are 404, and a
 * refused import creates nothing.
 */
class FilesErrorPathIT {

  private static final LedgerApi.User ALICE = LedgerApi.newUser();
  private static final LedgerApi.User BOB = LedgerApi.newUser();

  private static void refused(Response response, String field) {
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("validation_failed"))
        .body("errors.field", hasItem(field));
  }

  private static Response presign(LedgerApi.User user, Map<String, Object> body) {
    return user.request().body(body).post("/api/v1/uploads");
  }

  @Test
  void uploadsRefuseUnknownPurposesTypesAndSizes() {
    refused(
        presign(ALICE, Map.of("purpose", "avatar", "contentType", "image/png", "size", 10)),
        "purpose");
    refused(
        presign(ALICE, Map.of("purpose", "receipt", "contentType", "text/csv", "size", 10)),
        "contentType");
    refused(
        presign(
            ALICE,
            Map.of("purpose", "receipt", "contentType", "image/png", "size", 10 * 1024 * 1024 + 1)),
        "size");
    refused(
        presign(
            ALICE,
            Map.of("purpose", "import", "contentType", "text/csv", "size", 20 * 1024 * 1024 + 1)),
        "size");
    refused(
        presign(ALICE, Map.of("purpose", "receipt", "contentType", "image/png", "size", 0)),
        "size");
    presign(ALICE, Map.of("purpose", "receipt", "contentType", "image/png", "size", "10"))
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed")); // a string is never coerced into a number
    refused(presign(ALICE, Map.of("purpose", "receipt", "contentType", "image/png")), "size");
  }

  @Test
  void s3RefusesABodyOfAnotherTypeOrLengthThanSigned() {
    byte[] body = "not really a jpeg".getBytes(StandardCharsets.US_ASCII);
    JsonPath upload = FilesApi.presign(ALICE, "receipt", "image/jpeg", body.length);
    assertThat(upload.getString("method")).isEqualTo("PUT");
    assertThat(FilesApi.put(upload, body, Map.of("Content-Type", "image/png"))).isEqualTo(403);
    assertThat(
            FilesApi.put(
                upload, (new String(body) + "more").getBytes(StandardCharsets.US_ASCII), Map.of()))
        .isEqualTo(403);
    String expense = ExpenseApi.expense(ALICE, 100, "other", "x", "2026-11-20T12:00:00Z");
    ALICE
        .request()
        .body(Map.of("receiptUploadId", upload.getString("id")))
        .patch("/api/v1/expenses/" + expense)
        .then()
        .statusCode(409)
        .body("code", equalTo("conflict"));
    assertThat(FilesApi.put(upload, body, Map.of())).isEqualTo(200);
    ALICE
        .request()
        .body(Map.of("receiptUploadId", upload.getString("id")))
        .patch("/api/v1/expenses/" + expense)
        .then()
        .statusCode(200);
  }

  @Test
  void anotherUsersUploadsImportsAndStatementsAreNotFound() {
    String receipt = FilesApi.upload(ALICE, "receipt", "image/png", new byte[] {1, 2, 3});
    String bobsExpense = ExpenseApi.expense(BOB, 100, "other", "x", "2026-11-20T12:00:00Z");
    BOB.request()
        .body(Map.of("receiptUploadId", receipt))
        .patch("/api/v1/expenses/" + bobsExpense)
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
    String file = FilesApi.upload(ALICE, "import", "text/csv", BankFileSamples.csv("bola"));
    Map<String, Object> request =
        Map.of(
            "uploadId",
            file,
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
    BOB.request().body(request).post("/api/v1/imports").then().statusCode(404);
    String aliceImport =
        ALICE
            .request()
            .body(request)
            .post("/api/v1/imports")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    BOB.request().get("/api/v1/imports/" + aliceImport).then().statusCode(404);
    String wallet = ALICE.wallet("USD");
    Map<String, Object> statement =
        Map.of(
            "walletId",
            wallet,
            "from",
            "2026-01-01T00:00:00Z",
            "to",
            "2027-01-01T00:00:00Z",
            "format",
            "csv");
    BOB.request().body(statement).post("/api/v1/statements").then().statusCode(404);
    String aliceStatement =
        ALICE
            .request()
            .body(statement)
            .post("/api/v1/statements")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    BOB.request().get("/api/v1/statements/" + aliceStatement).then().statusCode(404);
    assertThat(
            BOB.request()
                .get("/api/v1/statements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data"))
        .isEmpty();
    // a receipt is not an import file
    ALICE
        .request()
        .body(Map.of("uploadId", receipt, "format", "csv", "currency", "USD"))
        .post("/api/v1/imports")
        .then()
        .statusCode(404);
  }

  @Test
  void aFileThatIsNotItsFormatFailsClearlyAndCreatesNothing() {
    LedgerApi.User carol = LedgerApi.newUser();
    String csv = FilesApi.upload(carol, "import", "text/csv", BankFileSamples.csv("fmt"));
    refused(
        carol
            .request()
            .body(Map.of("uploadId", csv, "format", "ofx", "currency", "USD"))
            .post("/api/v1/imports"),
        "uploadId");
    refused(
        carol
            .request()
            .body(Map.of("uploadId", csv, "format", "ofx", "currency", "USD", "dryRun", true))
            .post("/api/v1/imports"),
        "uploadId");
    // the default columns (date, amount, merchant): this header has no merchant
    carol
        .request()
        .body(Map.of("uploadId", csv, "format", "csv", "currency", "USD"))
        .post("/api/v1/imports")
        .then()
        .statusCode(400)
        .body("errors[0].message", org.hamcrest.Matchers.containsString("no column 'merchant'"));
    refused(
        carol
            .request()
            .body(
                Map.of(
                    "uploadId",
                    csv,
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
                        "{bad")))
            .post("/api/v1/imports"),
        "csv.dateFormat");
    refused(
        carol
            .request()
            .body(Map.of("uploadId", csv, "format", "xls", "currency", "USD"))
            .post("/api/v1/imports"),
        "format");
    refused(
        carol
            .request()
            .body(Map.of("uploadId", csv, "format", "csv", "currency", "XXX"))
            .post("/api/v1/imports"),
        "currency");
    String ofx =
        FilesApi.upload(
            carol,
            "import",
            "application/x-ofx",
            "just some text\n".getBytes(StandardCharsets.US_ASCII));
    refused(
        carol
            .request()
            .body(Map.of("uploadId", ofx, "format", "ofx", "currency", "USD", "dryRun", true))
            .post("/api/v1/imports"),
        "uploadId");
    assertThat(FilesIT.expenses(carol)).isEmpty();
  }

  @Test
  void statementsRefuseBadRangesAndFormats() {
    String wallet = ALICE.wallet("EUR");
    String now = Instant.now().toString();
    refused(
        ALICE
            .request()
            .body(Map.of("walletId", wallet, "from", now, "to", now, "format", "csv"))
            .post("/api/v1/statements"),
        "to");
    refused(
        ALICE
            .request()
            .body(
                Map.of(
                    "walletId",
                    wallet,
                    "from",
                    "2026-01-01T00:00:00Z",
                    "to",
                    "2027-01-01T00:00:00Z",
                    "format",
                    "pdf"))
            .post("/api/v1/statements"),
        "format");
    refused(
        ALICE
            .request()
            .body(Map.of("walletId", wallet, "from", "yesterday", "to", now, "format", "csv"))
            .post("/api/v1/statements"),
        "from");
    ALICE.request().get("/api/v1/statements/" + java.util.UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void machineClientsNeedTransactionsWriteForFilesAndReportsReadForStatements() {
    String reader = ExpenseErrorPathIT.machineToken(List.of("payfast/reports.read"));
    String writer = ExpenseErrorPathIT.machineToken(List.of("payfast/transactions.write"));
    Map<String, Object> upload =
        Map.of("purpose", "receipt", "contentType", "image/png", "size", 10);
    given()
        .auth()
        .oauth2(reader)
        .contentType("application/json")
        .body(upload)
        .post("/api/v1/uploads")
        .then()
        .statusCode(403)
        .body("code", equalTo("forbidden"));
    given()
        .auth()
        .oauth2(reader)
        .contentType("application/json")
        .body(Map.of("uploadId", "x", "format", "csv", "currency", "USD"))
        .post("/api/v1/imports")
        .then()
        .statusCode(403);
    given().auth().oauth2(reader).get("/api/v1/statements").then().statusCode(200);
    given()
        .auth()
        .oauth2(writer)
        .contentType("application/json")
        .body(upload)
        .post("/api/v1/uploads")
        .then()
        .statusCode(201);
    given().auth().oauth2(writer).get("/api/v1/statements").then().statusCode(403);
    given()
        .contentType("application/json")
        .body(upload)
        .post("/api/v1/uploads")
        .then()
        .statusCode(401)
        .body("code", equalTo("unauthorized"));
  }
}

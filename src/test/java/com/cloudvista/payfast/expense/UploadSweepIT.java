package com.cloudvista.payfast.expense;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.ledger.LedgerApi;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Uploads nobody attached are swept (the IT server keeps them 30 s instead of a day and sweeps
 * every 3 s); an attached receipt stays and is still served.
 */
class UploadSweepIT {

  @Test
  void anUnattachedUploadIsRemovedAndAnAttachedReceiptStays() throws InterruptedException {
    LedgerApi.User alice = LedgerApi.newUser();
    byte[] kept = {1, 2, 3, 4};
    String attached = FilesApi.upload(alice, "receipt", "image/png", kept);
    String abandoned =
        FilesApi.upload(
            alice, "import", "text/csv", "date,amount,merchant\n2026-11-02,-1.00,x\n".getBytes());
    String expense = ExpenseApi.expense(alice, 700, "other", "Kiosk", "2026-11-20T12:00:00Z");
    alice
        .request()
        .body(Map.of("receiptUploadId", attached))
        .patch("/api/v1/expenses/" + expense)
        .then()
        .statusCode(200);

    // a dry run reads the upload and changes nothing: 200 while it exists, 404 once swept
    Map<String, Object> dryRun =
        Map.of("uploadId", abandoned, "format", "csv", "currency", "USD", "dryRun", true);
    assertThat(alice.request().body(dryRun).post("/api/v1/imports").statusCode()).isEqualTo(200);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    int status;
    do {
      Thread.sleep(2_000);
      status = alice.request().body(dryRun).post("/api/v1/imports").statusCode();
    } while (status == 200 && Instant.now().isBefore(deadline));
    assertThat(status).as("the unattached upload after the sweep").isEqualTo(404);
    String url =
        alice
            .request()
            .get("/api/v1/expenses/" + expense)
            .then()
            .statusCode(200)
            .extract()
            .path("receiptUrl");
    assertThat(FilesApi.get(url)).isEqualTo(kept);
  }
}

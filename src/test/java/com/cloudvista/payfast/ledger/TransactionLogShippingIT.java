package com.cloudvista.payfast.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.ledger.LedgerApi.User;
import com.cloudvista.payfast.testing.S3ProxyServer;
import com.cloudvista.payfast.testing.TestEnvironment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * End to end through the running server: money moved over HTTP reaches the S3 logs bucket as gzip
 * JSON Lines, each committed state exactly once, with its entries; a refused transfer leaves no
 * record.
 */
class TransactionLogShippingIT {

  @Test
  void everyCommittedTransactionIsShippedOnceAndARefusalNever() throws Exception {
    TestEnvironment environment = TestEnvironment.start();
    User alice = LedgerApi.newUser();
    User bob = LedgerApi.newUser();
    String a = alice.wallet("ZAR");
    String b = bob.wallet("ZAR");
    String deposit = alice.deposit(a, 10_000, "ZAR");
    String transfer =
        alice.transfer(a, b, 2_500, "ZAR").then().statusCode(201).extract().path("id");
    String hold =
        alice
            .money()
            .body(
                Map.of(
                    "sourceWalletId",
                    a,
                    "merchant",
                    "Hotel",
                    "amount",
                    1_000,
                    "currency",
                    "ZAR",
                    "capture",
                    false))
            .post("/api/v1/payments")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    alice
        .money()
        .body(Map.of("amount", 600))
        .post("/api/v1/payments/" + hold + "/capture")
        .then()
        .statusCode(201);
    String withdrawal =
        alice
            .money()
            .body(Map.of("walletId", a, "amount", 100, "currency", "ZAR"))
            .post("/api/v1/withdrawals")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    alice.transfer(a, b, 1_000_000, "ZAR").then().statusCode(422);

    List<String> expected =
        List.of(
            deposit + "/COMPLETED",
            transfer + "/COMPLETED",
            hold + "/PENDING",
            hold + "/COMPLETED",
            withdrawal + "/COMPLETED");
    List<JsonObject> records =
        awaitRecords(environment, List.of(deposit, transfer, hold, withdrawal), expected.size());

    List<String> shipped =
        records.stream()
            .map(r -> r.getString("transactionId") + "/" + r.getString("status"))
            .toList();
    assertThat(shipped).containsExactlyInAnyOrderElementsOf(expected);
    JsonObject transferRecord =
        records.stream()
            .filter(r -> r.getString("transactionId").equals(transfer))
            .findFirst()
            .orElseThrow();
    assertThat(transferRecord.getJsonNumber("amount").longValue()).isEqualTo(2_500);
    assertThat(transferRecord.getJsonArray("entries").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("walletId") + ":" + e.getJsonNumber("amount").longValue())
        .containsExactlyInAnyOrder(a + ":-2500", b + ":2500");
    assertThat(transferRecord.getString("actor")).isEqualTo(alice.id());
  }

  /** Polls the logs bucket until {@code count} records of these transactions are there. */
  private static List<JsonObject> awaitRecords(
      TestEnvironment environment, List<String> ids, int count) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    List<JsonObject> found = List.of();
    try (S3Client s3 = client(environment)) {
      while (Instant.now().isBefore(deadline)) {
        found = readRecords(s3, ids);
        if (found.size() >= count) {
          Thread.sleep(3_000); // one more ship interval: a duplicate would show up now
          return readRecords(s3, ids);
        }
        Thread.sleep(500);
      }
    }
    throw new AssertionError(
        "Only " + found.size() + " of " + count + " records shipped within 30 s: " + found);
  }

  /** Every record of these transactions in every log object, decompressed and parsed. */
  private static List<JsonObject> readRecords(S3Client s3, List<String> ids) throws Exception {
    List<JsonObject> found = new ArrayList<>();
    for (S3Object object :
        s3.listObjectsV2Paginator(r -> r.bucket("payfast-it-logs").prefix("transactions/"))
            .contents()) {
      if (object.key().endsWith("/")) {
        continue; // S3Proxy's filesystem store lists its folders as keys
      }
      assertThat(object.key())
          .matches("transactions/dt=\\d{4}-\\d{2}-\\d{2}/hr=\\d{2}/\\d+-\\d+\\.jsonl\\.gz");
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(
                      s3.getObject(r -> r.bucket("payfast-it-logs").key(object.key()))),
                  StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          JsonObject record = Json.createReader(new java.io.StringReader(line)).readObject();
          if (ids.contains(record.getString("transactionId"))) {
            found.add(record);
          }
        }
      }
    }
    return found;
  }

  private static S3Client client(TestEnvironment environment) {
    return S3Client.builder()
        .endpointOverride(URI.create(environment.s3.endpoint()))
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        // S3Proxy refuses the SDK's default checksum headers (501)
        .requestChecksumCalculation(
            software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(
            software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }
}

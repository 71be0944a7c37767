package com.cloudvista.payfast.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

class OutboxUploadRequestTest {

  private static final OutboxTransactions NO_DATABASE =
      new OutboxTransactions() {
        @Override
        public <T> T inNewTransaction(java.util.function.Function<OutboxQueries, T> work) {
          throw new UnsupportedOperationException("no database in this test");
        }
      };

  private static final String KEY = "transactions/dt=2026-11-21/hr=10/1-2.jsonl.gz";

  private static PutObjectRequest request(OutboxSettings settings) {
    try (S3Client s3 =
        S3Client.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create("http://127.0.0.1:1"))
            .build()) {
      return new OutboxShipper(NO_DATABASE, s3, settings).putRequest(KEY);
    }
  }

  @Test
  void sseS3WhenNoKmsKeyIsConfigured() {
    PutObjectRequest put = request(OutboxSettings.defaults("logs"));

    assertThat(put.bucket()).isEqualTo("logs");
    assertThat(put.key()).isEqualTo(KEY);
    assertThat(put.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
    assertThat(put.ssekmsKeyId()).isNull();
  }

  @Test
  void sseKmsWithTheConfiguredKey() {
    OutboxSettings settings = OutboxSettings.defaults("logs");
    settings =
        new OutboxSettings(
            "logs",
            "transactions/",
            Optional.of("arn:aws:kms:eu-west-1:111122223333:key/abc"),
            true,
            settings.batchSize(),
            settings.shipInterval(),
            settings.backoffMax(),
            settings.retention());

    PutObjectRequest put = request(settings);

    assertThat(put.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
    assertThat(put.ssekmsKeyId()).isEqualTo("arn:aws:kms:eu-west-1:111122223333:key/abc");
  }

  @Test
  void noEncryptionHeaderWhenSwitchedOffForS3Proxy() {
    PutObjectRequest put = request(OutboxSettings.defaults("logs").withServerSideEncryption(false));

    assertThat(put.serverSideEncryption()).isNull();
    assertThat(put.ssekmsKeyId()).isNull();
  }
}

package com.cloudvista.payfast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.testing.S3ProxyServer;
import com.cloudvista.payfast.testing.TestEnvironment;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/**
 * What the server did to its backing services at start-up: migrated the schema, made the buckets.
 */
class BackingServicesIT {

  private static TestEnvironment environment;

  @BeforeAll
  static void server() {
    environment = TestEnvironment.start();
  }

  @Test
  void flywayAppliedEveryMigrationToTheFreshTestDatabase() throws Exception {
    List<String> applied = new ArrayList<>();
    try (Connection connection = environment.openDatabase();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
      while (rows.next()) {
        assertThat(rows.getBoolean("success")).isTrue();
        applied.add(rows.getString("version"));
      }
    }
    assertThat(applied).startsWith("1");
    try (Connection connection = environment.openDatabase();
        ResultSet table =
            connection.getMetaData().getTables(null, "public", "idempotency_record", null)) {
      assertThat(table.next()).as("idempotency_record created by V1").isTrue();
    }
  }

  @Test
  void logsAndReportsBucketsExistInS3() {
    try (S3Client s3 =
        S3Client.builder()
            .endpointOverride(URI.create(environment.s3.endpoint()))
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)))
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .build()) {
      List<String> buckets = s3.listBuckets().buckets().stream().map(Bucket::name).toList();

      assertThat(buckets).contains("payfast-it-logs", "payfast-it-reports");
    }
  }
}

package com.cloudvista.payfast.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthDataTest {

  @Test
  void anUpOrDisabledServiceShowsNoReason() {
    assertThat(
            HealthData.reason(
                "UP", "embedded S3Proxy http://127.0.0.1:9300 (files in /work/x/s3-data)"))
        .isNull();
    assertThat(HealthData.reason("DISABLED", "no Redis configured or reachable")).isNull();
    assertThat(HealthData.reason("DOWN", null)).isNull();
  }

  @Test
  void aReasonKeepsTheWordsAndDropsUrlsAddressesAndPaths() {
    assertThat(
            HealthData.reason(
                "DOWN",
                "Unable to execute HTTP request: Connect to 127.0.0.1:9300 [/127.0.0.1] failed: Connection refused"))
        .isEqualTo(
            "Unable to execute HTTP request: Connect to <address> [<path>] failed: Connection refused");
    assertThat(
            HealthData.reason(
                "DOWN", "Failed connecting to redis://cache.internal:6379/0: timed out"))
        .isEqualTo("Failed connecting to <url> timed out");
    assertThat(
            HealthData.reason(
                "DOWN",
                "migrations not applied: FATAL: database \"payfast\" at db.eu-1.rds.amazonaws.com:5432"))
        .isEqualTo("migrations not applied: FATAL: database \"payfast\" at <address>");
    assertThat(HealthData.reason("DOWN", "cannot read /work/main/target/s3-data/payfast-logs"))
        .isEqualTo("cannot read <path>");
  }

  @Test
  void aLongReasonIsCut() {
    assertThat(HealthData.reason("DOWN", "x".repeat(500))).hasSize(161);
  }
}

package com.cloudvista.payfast.platform.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The paths Liberty's web container refuses with its own {@code CWWWC0005I} body (each checked
 * against a running server), and paths it passes on to the application, which must stay untouched.
 */
class EdgePathGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/wallets/%00",
        "/api/v1/wallets/%0D",
        "/api/v1/wallets/%0a",
        "/api/v1/wallets/x%7F",
        "/auth/v1/%00",
        "/health/%00",
        "/%00",
        "/api/v1/wallets/%00?q=1",
        "/api/v1/wallets/%zz",
        "/api/v1/wallets/%",
        "/api/v1/wallets/%4",
        "/api/v1/wallets/..%2F..%2F..%2F..%2Fx",
        "/..",
        "/api/../..",
        "/.;/api",
        "/api/..;/x",
        "/;a/api/v1/wallets",
        "/api/%3Ba/x"
      })
  void refusesWhatTheContainerRefuses(String path) {
    assertThat(EdgePathGuard.refusal(path)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/health/ready",
        "/api/v1/wallets",
        "/api/v1/wallets/7f3c2a10-0000-4000-8000-000000000000",
        "/api/v1/transactions?q=a%00b",
        "/api/v1/wallets/%ff",
        "/api/v1/wallets/a%2Fb",
        "/api/v1/%2e%2e/x",
        "/api/v1/..%2F..%2Fetc",
        "/api/v1/wallets/%25%30%30",
        "/api//v1/./wallets/",
        "/api/v1/wallets;jsessionid=abc",
        "/api/v1/wallets/a;b",
        "/api/v1/wallets/;x",
        "/api/v1/wallets/caf%C3%A9+x"
      })
  void passesEverythingElse(String path) {
    assertThat(EdgePathGuard.refusal(path)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/wallets/%00", "/a\"b\\c<d>&%0A"})
  void problemIsOneSafeJsonObject(String path) {
    String json = EdgePathGuard.problem(path, "rid-1", EdgePathGuard.refusal(path));
    assertThat(json)
        .startsWith("{\"type\":\"https://payfast.cloudvista.com/problems/validation_failed\"")
        .contains("\"status\":400", "\"code\":\"validation_failed\"", "\"requestId\":\"rid-1\"")
        .contains("\"errors\":[{\"field\":\"path\"")
        .doesNotContain("<", ">", "&")
        .endsWith("}]}");
  }
}

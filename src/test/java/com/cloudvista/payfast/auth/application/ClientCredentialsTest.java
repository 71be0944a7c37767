package com.cloudvista.payfast.auth.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudvista.payfast.auth.domain.OAuthException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ClientCredentialsTest {

  private static String basic(String raw) {
    return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void parsesBasicAndFormDecodesBothParts() {
    assertThat(ClientCredentials.fromBasicHeader(basic("client:s%3Acret")))
        .contains(new ClientCredentials("client", "s:cret"));
  }

  @Test
  void absentOrBearerIsEmpty() {
    assertThat(ClientCredentials.fromBasicHeader(null)).isEmpty();
    assertThat(ClientCredentials.fromBasicHeader("Bearer abc")).isEmpty();
  }

  @Test
  void basicWithEmptyIdAndSecretIsNoClientAuthentication() {
    // Swagger UI's Authorize with empty client fields sends "Basic Og==".
    assertThat(ClientCredentials.fromBasicHeader("Basic Og==")).isEmpty();
    assertThatThrownBy(() -> ClientCredentials.fromBasicHeader(basic(":secret")))
        .isInstanceOf(OAuthException.class);
  }

  @Test
  void malformedBasicIsInvalidClient() {
    assertThatThrownBy(() -> ClientCredentials.fromBasicHeader("Basic !!!"))
        .isInstanceOf(OAuthException.class)
        .extracting(e -> ((OAuthException) e).error())
        .isEqualTo("invalid_client");
    assertThatThrownBy(() -> ClientCredentials.fromBasicHeader(basic("nocolon")))
        .isInstanceOf(OAuthException.class);
  }

  @Test
  void secretIsNotInToString() {
    assertThat(new ClientCredentials("id", "topsecret").toString()).doesNotContain("topsecret");
  }
}

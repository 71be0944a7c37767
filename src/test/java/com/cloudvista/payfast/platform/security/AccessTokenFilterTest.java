package com.cloudvista.payfast.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessTokenFilterTest {

  private final AccessTokenFilter filter = new AccessTokenFilter();

  {
    filter.clients =
        new ClientDirectory() {
          @Override
          public boolean isKnown(String clientId) {
            return "payfast-web".equals(clientId);
          }

          @Override
          public Optional<String> ownerOf(String clientId) {
            return Optional.empty();
          }
        };
  }

  @Test
  void accessTokenOfAKnownClientPasses() {
    assertThatCode(() -> filter.check("access", "payfast-web")).doesNotThrowAnyException();
  }

  @Test
  void idTokensAndMissingTokenUseAreRefused() {
    assertThatThrownBy(() -> filter.check("id", "payfast-web"))
        .isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> filter.check(null, "payfast-web"))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void unknownOrMissingClientIsRefusedWithTheBearerChallenge() {
    assertThatThrownBy(() -> filter.check("access", "other-app-client"))
        .isInstanceOfSatisfying(
            InvalidTokenException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.headers())
                    .containsEntry("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    assertThatThrownBy(() -> filter.check("access", null))
        .isInstanceOf(InvalidTokenException.class);
  }
}

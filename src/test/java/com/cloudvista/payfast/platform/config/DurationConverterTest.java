package com.cloudvista.payfast.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationConverterTest {

  private final DurationConverter converter = new DurationConverter();

  @Test
  void readsTheConfigurationSyntax() {
    assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(converter.convert("10s")).isEqualTo(Duration.ofSeconds(10));
    assertThat(converter.convert("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(converter.convert("24h")).isEqualTo(Duration.ofHours(24));
    assertThat(converter.convert(" 7d ")).isEqualTo(Duration.ofDays(7));
    assertThat(converter.convert("0s")).isEqualTo(Duration.ZERO);
    assertThat(converter.convert("PT10S")).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void anEmptyValueIsAMissingOne() {
    assertThat(converter.convert("")).isNull();
    assertThat(converter.convert("  ")).isNull();
  }

  @Test
  void aBadValueIsNamedWithTheSyntax() {
    for (String bad : new String[] {"10", "ten seconds", "5x", "ms", "P1"}) {
      assertThatThrownBy(() -> converter.convert(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'")
          .hasMessageContaining("500ms, 10s, 5m, 24h, 7d or ISO-8601");
    }
  }

  @Test
  void isRegisteredAsAMicroProfileConfigConverter() throws IOException {
    try (InputStream services =
        getClass()
            .getResourceAsStream(
                "/META-INF/services/org.eclipse.microprofile.config.spi.Converter")) {
      assertThat(services).isNotNull();
      assertThat(new String(services.readAllBytes(), StandardCharsets.UTF_8))
          .contains(DurationConverter.class.getName());
    }
  }
}

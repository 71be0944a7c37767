package com.cloudvista.payfast.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The value conversions between the ledger's types and what EclipseLink binds and returns. */
class NativeQueriesTest {

  enum Colour {
    RED
  }

  @Test
  void multiRowValuesAreNumberedInOrderAndCastWhereAsked() {
    assertThat(NativeQueries.values(2, null, null, "text"))
        .isEqualTo("(?1, ?2, CAST(?3 AS text)), (?4, ?5, CAST(?6 AS text))");
    assertThat(NativeQueries.values(1, null, null)).isEqualTo("(?1, ?2)");
  }

  @Test
  void instantsAreBoundAsUtcOffsetsAndEnumsByName() {
    Instant at = Instant.parse("2026-11-21T10:15:30.123456Z");

    assertThat(NativeQueries.toDatabase(at))
        .isEqualTo(OffsetDateTime.of(2026, 11, 21, 10, 15, 30, 123_456_000, ZoneOffset.UTC));
    assertThat(NativeQueries.toDatabase(Colour.RED)).isEqualTo("RED");
    assertThat(NativeQueries.toDatabase(7L)).isEqualTo(7L);
  }

  @Test
  void driverValuesConvertToTheDomainTypes() {
    Instant at = Instant.parse("2026-11-21T10:15:30.123456Z");
    UUID id = UUID.randomUUID();

    assertThat(NativeQueries.instant(Timestamp.from(at))).isEqualTo(at);
    assertThat(NativeQueries.instant(at.atOffset(ZoneOffset.ofHours(2)))).isEqualTo(at);
    assertThat(NativeQueries.instant(null)).isNull();
    assertThat(NativeQueries.uuid(id)).isEqualTo(id);
    assertThat(NativeQueries.uuid(id.toString())).isEqualTo(id);
    assertThat(NativeQueries.uuid(null)).isNull();
    assertThat(NativeQueries.number(new BigDecimal("12"))).isEqualTo(12L);
    assertThat(NativeQueries.number(3)).isEqualTo(3L);
    assertThat(NativeQueries.optionalNumber(null)).isNull();
    assertThat(NativeQueries.date(java.sql.Date.valueOf("2026-11-21")))
        .isEqualTo(LocalDate.of(2026, 11, 21));
  }

  @Test
  void textArraysQuoteEveryElementAndReadBackFromJson() {
    assertThat(NativeQueries.textArray(List.of("a b", "say \"hi\"", "back\\slash", "{,}")))
        .isEqualTo("{\"a b\",\"say \\\"hi\\\"\",\"back\\\\slash\",\"{,}\"}");
    assertThat(NativeQueries.textArray(List.of())).isEqualTo("{}");
    assertThat(NativeQueries.jsonStrings("[\"a b\",\"say \\\"hi\\\"\"]"))
        .containsExactly("a b", "say \"hi\"");
    assertThat(NativeQueries.jsonStrings(null)).isEmpty();
  }
}

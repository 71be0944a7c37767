package com.cloudvista.payfast.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcUrlTest {

  @Test
  void readsHostPortDatabaseAndKeepsParameters() {
    JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://db.internal:6543/payfast?sslmode=require");

    assertThat(url.host()).isEqualTo("db.internal");
    assertThat(url.port()).isEqualTo(6543);
    assertThat(url.database()).isEqualTo("payfast");
    assertThat(url.maintenanceUrl())
        .isEqualTo("jdbc:postgresql://db.internal:6543/postgres?sslmode=require");
  }

  @Test
  void defaultsThePortTo5432() {
    assertThat(JdbcUrl.parse("jdbc:postgresql://localhost/payfast").port()).isEqualTo(5432);
  }

  @Test
  void refusesUrlsItCannotCreateADatabaseFor() {
    assertThatThrownBy(() -> JdbcUrl.parse("jdbc:mysql://localhost/payfast"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JdbcUrl.parse("jdbc:postgresql://localhost/"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JdbcUrl.parse("jdbc:postgresql://localhost/pay\";drop"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

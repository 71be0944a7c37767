package com.cloudvista.payfast.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void addsAndSubtractsInMinorUnits() {
    Money a = Money.of(1250, "USD");
    assertThat(a.plus(Money.of(50, "USD"))).isEqualTo(Money.of(1300, "USD"));
    assertThat(a.minus(Money.of(1300, "USD"))).isEqualTo(Money.of(-50, "USD"));
    assertThat(a.negate().amount()).isEqualTo(-1250);
  }

  @Test
  void refusesMixedCurrencies() {
    assertThatThrownBy(() -> Money.of(1, "USD").plus(Money.of(1, "EUR")))
        .isInstanceOf(CurrencyMismatchException.class)
        .extracting(e -> ((CurrencyMismatchException) e).code().value())
        .isEqualTo("currency_mismatch");
    assertThatThrownBy(() -> Money.of(1, "USD").compareTo(Money.of(1, "GBP")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void neverOverflowsSilently() {
    assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "USD").plus(Money.of(1, "USD")))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.of(Long.MIN_VALUE, "USD").negate())
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void comparesAndChecksSign() {
    assertThat(Money.of(2, "USD").isGreaterThan(Money.of(1, "USD"))).isTrue();
    assertThat(Money.zero(java.util.Currency.getInstance("USD")).isZero()).isTrue();
    assertThatThrownBy(() -> Money.of(0, "USD").requirePositive())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Money.of(5, "ZAR").toString()).isEqualTo("5 ZAR");
  }
}

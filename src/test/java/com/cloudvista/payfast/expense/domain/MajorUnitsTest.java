package com.cloudvista.payfast.expense.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class MajorUnitsTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void bankAmountsBecomeExactMinorUnits() {
    assertThat(MajorUnits.toMinor("-1,234.50", USD)).isEqualTo(-123450);
    assertThat(MajorUnits.toMinor("-12,50", USD)).isEqualTo(-1250);
    assertThat(MajorUnits.toMinor(" +3.5 ", USD)).isEqualTo(350);
    assertThat(MajorUnits.toMinor("12.500", USD)).isEqualTo(1250);
    assertThat(MajorUnits.toMinor("-1200", JPY)).isEqualTo(-1200);
    assertThat(MajorUnits.toDecimal(-2501, USD)).isEqualTo("-25.01");
    assertThat(MajorUnits.toDecimal(1200, JPY)).isEqualTo("1200");
  }

  @Test
  void moreDecimalsThanTheCurrencyHasOrNoNumberIsAnError() {
    assertThatThrownBy(() -> MajorUnits.toMinor("0.001", USD))
        .hasMessageContaining("more than 2 decimals");
    assertThatThrownBy(() -> MajorUnits.toMinor("1.5", JPY))
        .hasMessageContaining("more than 0 decimals");
    assertThatThrownBy(() -> MajorUnits.toMinor("12.5.0", USD))
        .hasMessageContaining("is not an amount");
    assertThatThrownBy(() -> MajorUnits.toMinor("1e3", USD))
        .hasMessageContaining("is not an amount");
    assertThatThrownBy(() -> MajorUnits.toMinor("99999999999999999999", USD))
        .hasMessageContaining("too large");
  }
}

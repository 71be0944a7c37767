package com.cloudvista.payfast.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import java.time.Duration;
import java.util.Currency;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LedgerPolicyTest {

  private final LedgerPolicy policy =
      new LedgerPolicy(
          1_000_000,
          2_500_000,
          Set.of(Currency.getInstance("USD"), Currency.getInstance("EUR")),
          Duration.ofDays(7));

  @Test
  void amountUpToTheMaximum() {
    assertThat(policy.amount(1_000_000, "USD")).isEqualTo(Money.of(1_000_000, "USD"));
    assertThatThrownBy(() -> policy.amount(1_000_001, "USD"))
        .isInstanceOf(AmountTooLargeException.class)
        .extracting(e -> ((ProblemException) e).code())
        .isEqualTo(ErrorCode.AMOUNT_TOO_LARGE);
  }

  @Test
  void unknownOrLowerCaseCurrencyAndNonPositiveAmountAreValidationErrors() {
    for (Runnable bad :
        new Runnable[] {
          () -> policy.amount(1, "ZAR"),
          () -> policy.amount(1, "usd"),
          () -> policy.amount(1, null),
          () -> policy.amount(0, "USD"),
          () -> policy.amount(-5, "USD")
        }) {
      assertThatThrownBy(bad::run)
          .isInstanceOf(ProblemException.class)
          .extracting(e -> ((ProblemException) e).code())
          .isEqualTo(ErrorCode.VALIDATION_FAILED);
    }
  }

  @Test
  void dailyOutgoingLimitIsInclusiveAndOverflowSafe() {
    policy.requireWithinDailyOutgoing(1_500_000, Money.of(1_000_000, "USD"));
    assertThatThrownBy(
            () -> policy.requireWithinDailyOutgoing(1_500_001, Money.of(1_000_000, "USD")))
        .isInstanceOf(LimitExceededException.class);
    assertThatThrownBy(() -> policy.requireWithinDailyOutgoing(Long.MAX_VALUE, Money.of(1, "USD")))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void idsParseOnlyCanonicalUuids() {
    assertThat(WalletId.parse("not-a-uuid")).isEmpty();
    assertThat(WalletId.parse(null)).isEmpty();
    assertThat(WalletId.parse("1-1-1-1-1")).isEmpty();
    WalletId id = WalletId.generate();
    assertThat(WalletId.parse(id.toString())).contains(id);
  }
}

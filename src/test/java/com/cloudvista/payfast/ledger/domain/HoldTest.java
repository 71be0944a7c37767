package com.cloudvista.payfast.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HoldTest {

  private final Instant now = Instant.parse("2026-11-21T10:00:00Z");
  private final Money hundred = Money.of(100, "EUR");

  private Hold open() {
    return Hold.place(
        TransactionId.generate(),
        WalletId.generate(),
        hundred,
        LocalDate.of(2026, 11, 21),
        now.plusSeconds(60));
  }

  @Test
  void partialCaptureReleasesTheRest() {
    Hold hold = open();
    assertThat(hold.capture(Money.of(30, "EUR"), now)).isEqualTo(Money.of(30, "EUR"));
    assertThat(hold.status()).isEqualTo(Hold.Status.CAPTURED);
    assertThat(hold.released()).isEqualTo(Money.of(70, "EUR"));
  }

  @Test
  void captureWithoutAmountTakesAll() {
    Hold hold = open();
    assertThat(hold.capture(null, now)).isEqualTo(hundred);
    assertThat(hold.released().isZero()).isTrue();
  }

  @Test
  void captureAboveTheHoldIsAConflict() {
    assertThatThrownBy(() -> open().capture(Money.of(101, "EUR"), now))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void captureAfterExpiryIsRefusedWithHoldExpired() {
    assertThatThrownBy(() -> open().capture(null, now.plusSeconds(60)))
        .isInstanceOf(HoldExpiredException.class);
    Hold expired = open();
    expired.expire(now.plusSeconds(61));
    assertThatThrownBy(() -> expired.capture(null, now)).isInstanceOf(HoldExpiredException.class);
  }

  @Test
  void leavesOpenOnlyOnce() {
    Hold hold = open();
    hold.voidHold();
    assertThatThrownBy(hold::voidHold).isInstanceOf(StateConflictException.class);
    assertThatThrownBy(() -> hold.capture(null, now)).isInstanceOf(StateConflictException.class);
    assertThatThrownBy(() -> hold.expire(now.plusSeconds(100)))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void cannotExpireEarly() {
    assertThatThrownBy(() -> open().expire(now)).isInstanceOf(IllegalStateException.class);
  }
}

package com.cloudvista.payfast.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class WalletTest {

  private static final Currency USD = Currency.getInstance("USD");

  private static Wallet wallet(long balance, long held, WalletStatus status) {
    return new Wallet(
        WalletId.generate(), "alice", "main", USD, status, balance, held, 0, null, null);
  }

  private static Money usd(long amount) {
    return Money.of(amount, USD);
  }

  @Test
  void debitNeedsAvailableBalanceNotJustBalance() {
    Wallet w = wallet(100, 30, WalletStatus.ACTIVE);
    w.debit(usd(70));
    assertThat(w.balance()).isEqualTo(usd(30));
    assertThat(w.available()).isEqualTo(usd(0));
    assertThatThrownBy(() -> w.debit(usd(1)))
        .isInstanceOf(InsufficientFundsException.class)
        .hasFieldOrPropertyWithValue(
            "code", com.cloudvista.payfast.platform.problem.ErrorCode.INSUFFICIENT_FUNDS);
  }

  @Test
  void frozenAndClosedWalletsNeitherSendNorReceive() {
    assertThatThrownBy(() -> wallet(100, 0, WalletStatus.FROZEN).debit(usd(1)))
        .isInstanceOf(WalletFrozenException.class);
    assertThatThrownBy(() -> wallet(100, 0, WalletStatus.FROZEN).credit(usd(1)))
        .isInstanceOf(WalletFrozenException.class);
    assertThatThrownBy(() -> wallet(100, 0, WalletStatus.CLOSED).debit(usd(1)))
        .isInstanceOf(WalletClosedException.class);
    assertThatThrownBy(() -> wallet(100, 0, WalletStatus.CLOSED).credit(usd(1)))
        .isInstanceOf(WalletClosedException.class);
    assertThatThrownBy(() -> wallet(100, 0, WalletStatus.FROZEN).placeHold(usd(1)))
        .isInstanceOf(WalletFrozenException.class);
  }

  @Test
  void currencyMustMatch() {
    assertThatThrownBy(() -> wallet(100, 0, WalletStatus.ACTIVE).credit(Money.of(1, "EUR")))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> wallet(100, 0, WalletStatus.ACTIVE).debit(Money.of(1, "EUR")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void holdsReserveAndCaptureReleasesTheRest() {
    Wallet w = wallet(100, 0, WalletStatus.ACTIVE);
    w.placeHold(usd(60));
    assertThat(w.available()).isEqualTo(usd(40));
    assertThatThrownBy(() -> w.placeHold(usd(41))).isInstanceOf(InsufficientFundsException.class);
    w.captureHold(usd(60), usd(25));
    assertThat(w.balance()).isEqualTo(usd(75));
    assertThat(w.held()).isEqualTo(usd(0));
    assertThat(w.available()).isEqualTo(usd(75));
  }

  @Test
  void releaseGivesTheReservationBackEvenWhenFrozen() {
    Wallet w = wallet(100, 60, WalletStatus.FROZEN);
    w.releaseHold(usd(60));
    assertThat(w.available()).isEqualTo(usd(100));
    assertThatThrownBy(() -> w.releaseHold(usd(1))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void reversalsWorkOnFrozenButNotClosedWallets() {
    Wallet frozen = wallet(100, 0, WalletStatus.FROZEN);
    frozen.debitForReversal(usd(100));
    assertThat(frozen.balance()).isEqualTo(usd(0));
    assertThatThrownBy(() -> frozen.debitForReversal(usd(1)))
        .isInstanceOf(InsufficientFundsException.class);
    assertThatThrownBy(() -> wallet(100, 0, WalletStatus.CLOSED).creditForReversal(usd(1)))
        .isInstanceOf(WalletClosedException.class);
  }

  @Test
  void constructorRefusesABrokenInvariant() {
    assertThatThrownBy(() -> wallet(-1, 0, WalletStatus.ACTIVE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet(10, 11, WalletStatus.ACTIVE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void freezeAndUnfreeze() {
    Wallet w = wallet(0, 0, WalletStatus.ACTIVE);
    w.freeze();
    assertThat(w.status()).isEqualTo(WalletStatus.FROZEN);
    w.unfreeze();
    assertThat(w.status()).isEqualTo(WalletStatus.ACTIVE);
    assertThatThrownBy(() -> wallet(0, 0, WalletStatus.CLOSED).unfreeze())
        .isInstanceOf(WalletClosedException.class);
  }
}

package com.cloudvista.payfast.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTransactionTest {

  private final WalletId a = WalletId.generate();
  private final WalletId b = WalletId.generate();
  private final Money ten = Money.of(10, "USD");

  private static long sum(LedgerTransaction tx) {
    return tx.postings().stream().mapToLong(p -> p.amount().amount()).sum();
  }

  @Test
  void everyFactoryBalances() {
    for (LedgerTransaction tx :
        List.of(
            LedgerTransaction.deposit(a, ten, null, "u"),
            LedgerTransaction.withdrawal(a, ten, null, "u"),
            LedgerTransaction.transfer(a, b, ten, null, null, "u"),
            LedgerTransaction.payment(a, "shop", ten, null, null, "u"))) {
      assertThat(tx.postings()).hasSize(2);
      assertThat(sum(tx)).isZero();
      assertThat(tx.status()).isEqualTo(TransactionStatus.COMPLETED);
    }
  }

  @Test
  void depositCreditsTheWalletFromFunding() {
    LedgerTransaction tx = LedgerTransaction.deposit(a, ten, "ref", "u");
    assertThat(tx.postings())
        .containsExactly(
            Posting.system(SystemAccount.FUNDING, ten.negate()), Posting.wallet(a, ten));
    assertThat(tx.destination()).isEqualTo(a);
    assertThat(tx.source()).isNull();
  }

  @Test
  void unbalancedPostingsAreRefused() {
    assertThatThrownBy(
            () ->
                new LedgerTransaction(
                    TransactionId.generate(),
                    TransactionType.TRANSFER,
                    TransactionStatus.COMPLETED,
                    ten,
                    a,
                    b,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "u",
                    null,
                    List.of(Posting.wallet(a, ten.negate()))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void transferToTheSameWalletIsRefused() {
    assertThatThrownBy(() -> LedgerTransaction.transfer(a, a, ten, null, null, "u"))
        .isInstanceOf(SameWalletException.class);
  }

  @Test
  void authorizationHasNoEntriesUntilCaptured() {
    LedgerTransaction tx = LedgerTransaction.authorization(a, "shop", ten, null, null, "u");
    assertThat(tx.status()).isEqualTo(TransactionStatus.PENDING);
    assertThat(tx.postings()).isEmpty();
    tx.capture(Money.of(4, "USD"));
    assertThat(tx.status()).isEqualTo(TransactionStatus.COMPLETED);
    assertThat(tx.amount()).isEqualTo(Money.of(4, "USD"));
    assertThat(sum(tx)).isZero();
    assertThatThrownBy(tx::voidAuthorization).isInstanceOf(StateConflictException.class);
  }

  @Test
  void reversalMirrorsTheOriginalOnce() {
    LedgerTransaction original = LedgerTransaction.transfer(a, b, ten, "rent", null, "u");
    LedgerTransaction reversal = LedgerTransaction.reversal(original, "mistake", "admin");
    assertThat(reversal.type()).isEqualTo(TransactionType.REVERSAL);
    assertThat(reversal.reversalOf()).isEqualTo(original.id());
    assertThat(reversal.source()).isEqualTo(b);
    assertThat(reversal.destination()).isEqualTo(a);
    assertThat(reversal.postings())
        .containsExactly(Posting.wallet(a, ten), Posting.wallet(b, ten.negate()));

    LedgerTransaction reversed =
        new LedgerTransaction(
            original.id(),
            original.type(),
            original.status(),
            original.amount(),
            a,
            b,
            null,
            null,
            null,
            null,
            null,
            reversal.id(),
            "u",
            null,
            original.postings());
    assertThatThrownBy(() -> LedgerTransaction.reversal(reversed, "again", "admin"))
        .isInstanceOf(AlreadyReversedException.class);
    assertThatThrownBy(() -> LedgerTransaction.reversal(reversal, "undo", "admin"))
        .isInstanceOf(StateConflictException.class);
    assertThatThrownBy(
            () ->
                LedgerTransaction.reversal(
                    LedgerTransaction.authorization(a, "s", ten, null, null, "u"), "x", "admin"))
        .isInstanceOf(StateConflictException.class);
  }
}

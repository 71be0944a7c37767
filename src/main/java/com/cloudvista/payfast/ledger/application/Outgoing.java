package com.cloudvista.payfast.ledger.application;

import com.cloudvista.payfast.ledger.domain.DailyOutgoing;
import com.cloudvista.payfast.ledger.domain.LedgerPolicy;
import com.cloudvista.payfast.ledger.domain.Money;
import com.cloudvista.payfast.ledger.domain.WalletId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The daily outgoing limit, read and counted under the wallet's row lock (so concurrent debits
 * cannot both slip under it).
 */
@ApplicationScoped
class Outgoing {

  @Inject DailyOutgoing daily;
  @Inject LedgerPolicy policy;

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  void count(WalletId wallet, Money amount) {
    LocalDate today = today();
    // One statement: count it, then check; a refusal rolls the whole transaction back, count
    // included.
    long total = daily.add(wallet, today, amount.amount());
    policy.requireWithinDailyOutgoing(total - amount.amount(), amount);
  }

  void giveBack(WalletId wallet, LocalDate day, Money amount) {
    if (amount.isPositive()) {
      daily.subtract(wallet, day, amount.amount());
    }
  }
}

package com.cloudvista.payfast.ledger.domain;

import java.time.LocalDate;

/** Per wallet and UTC day, the total that went out; called only under the wallet's row lock. */
public interface DailyOutgoing {

  long total(WalletId wallet, LocalDate day);

  void add(WalletId wallet, LocalDate day, long amount);

  void subtract(WalletId wallet, LocalDate day, long amount);
}

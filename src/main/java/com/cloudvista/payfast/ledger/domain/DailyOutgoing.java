package com.cloudvista.payfast.ledger.domain;

import java.time.LocalDate;

/** Per wallet and UTC day, the total that went out; called only under the wallet's row lock. */
public interface DailyOutgoing {

  /**
   * Adds to the day's total and returns the new total (the caller refuses, and so rolls back, past
   * the limit).
   */
  long add(WalletId wallet, LocalDate day, long amount);

  void subtract(WalletId wallet, LocalDate day, long amount);
}

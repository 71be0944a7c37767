package com.cloudvista.payfast.ledger.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;

/** A frozen wallet neither sends nor receives. Answers 422 `wallet_frozen`; nothing changed. */
public class WalletFrozenException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public WalletFrozenException(String detail) {
    super(ErrorCode.WALLET_FROZEN, detail);
  }
}

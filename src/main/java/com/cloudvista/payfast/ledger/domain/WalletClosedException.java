package com.cloudvista.payfast.ledger.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;

/** A closed wallet neither sends nor receives. Answers 422 `wallet_closed`; nothing changed. */
public class WalletClosedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public WalletClosedException(String detail) {
    super(ErrorCode.WALLET_CLOSED, detail);
  }
}

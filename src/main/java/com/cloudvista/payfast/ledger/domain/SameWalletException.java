package com.cloudvista.payfast.ledger.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;

/** Source and destination are the same wallet. Answers 422 `same_wallet`; nothing changed. */
public class SameWalletException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public SameWalletException(String detail) {
    super(ErrorCode.SAME_WALLET, detail);
  }
}

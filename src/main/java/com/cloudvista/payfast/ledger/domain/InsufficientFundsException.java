package com.cloudvista.payfast.ledger.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;

/**
 * The wallet's available balance does not cover the amount. Answers 422 `insufficient_funds`;
 * nothing changed.
 */
public class InsufficientFundsException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public InsufficientFundsException(String detail) {
    super(ErrorCode.INSUFFICIENT_FUNDS, detail);
  }
}

package com.cloudvista.payfast.ledger.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;

/**
 * The amount is above the configured maximum per transaction. Answers 422 `amount_too_large`;
 * nothing changed.
 */
public class AmountTooLargeException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public AmountTooLargeException(String detail) {
    super(ErrorCode.AMOUNT_TOO_LARGE, detail);
  }
}

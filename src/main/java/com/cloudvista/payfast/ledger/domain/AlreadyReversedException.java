package com.cloudvista.payfast.ledger.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;

/** A transaction is reversed at most once. Answers 422 `already_reversed`; nothing changed. */
public class AlreadyReversedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public AlreadyReversedException(String detail) {
    super(ErrorCode.ALREADY_REVERSED, detail);
  }
}

package com.cloudvista.payfast.ledger.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;

/**
 * The wallet's outgoing total for the UTC day would pass the configured limit. Answers 422
 * `limit_exceeded`; nothing changed.
 */
public class LimitExceededException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public LimitExceededException(String detail) {
    super(ErrorCode.LIMIT_EXCEEDED, detail);
  }
}

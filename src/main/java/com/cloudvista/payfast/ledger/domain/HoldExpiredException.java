package com.cloudvista.payfast.ledger.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;

/**
 * The hold passed its expiry and can no longer be captured. Answers 422 `hold_expired`; nothing
 * changed.
 */
public class HoldExpiredException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public HoldExpiredException(String detail) {
    super(ErrorCode.HOLD_EXPIRED, detail);
  }
}

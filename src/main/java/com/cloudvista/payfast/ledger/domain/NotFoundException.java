package com.cloudvista.payfast.ledger.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;

/** Absent, or not visible to the caller: the two are indistinguishable on purpose (404). */
public class NotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what) {
    super(ErrorCode.NOT_FOUND, what + " not found.");
  }
}

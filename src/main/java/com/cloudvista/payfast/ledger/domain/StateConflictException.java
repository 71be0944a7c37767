package com.cloudvista.payfast.ledger.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;

/**
 * The resource is in a state that does not allow the operation (e.g. capture of a voided hold):
 * 409.
 */
public class StateConflictException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public StateConflictException(String detail) {
    super(ErrorCode.CONFLICT, detail);
  }
}

package com.cloudvista.payfast.auth.domain;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;

/** Sign-up with an e-mail that already has an account (409 conflict). */
public class EmailAlreadyRegisteredException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public EmailAlreadyRegisteredException() {
    super(ErrorCode.CONFLICT, "An account with this e-mail already exists.");
  }
}

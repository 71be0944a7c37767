package com.cloudvista.payfast.platform.security;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** 401 for a missing or unacceptable access token, with the RFC 6750 challenge. */
public class InvalidTokenException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public static final String CHALLENGE = "Bearer error=\"invalid_token\"";

  public InvalidTokenException(String detail) {
    super(ErrorCode.UNAUTHORIZED, detail, List.of(), Map.of("WWW-Authenticate", CHALLENGE));
  }
}

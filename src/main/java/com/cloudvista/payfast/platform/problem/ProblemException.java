package com.cloudvista.payfast.platform.problem;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A refusal the client should see as problem+json with a contract error code. Domain exceptions
 * extend it and are named after their business case.
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final transient List<Problem.FieldError> fieldErrors;
  private final transient Map<String, String> headers;

  public ProblemException(ErrorCode code, String detail) {
    this(code, detail, List.of(), Map.of());
  }

  public ProblemException(
      ErrorCode code,
      String detail,
      List<Problem.FieldError> fieldErrors,
      Map<String, String> headers) {
    super(detail);
    this.code = Objects.requireNonNull(code, "code");
    this.fieldErrors = List.copyOf(fieldErrors);
    this.headers = Map.copyOf(headers);
  }

  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        ErrorCode.VALIDATION_FAILED,
        "The request is not valid.",
        List.of(new Problem.FieldError(field, message)),
        Map.of());
  }

  public ErrorCode code() {
    return code;
  }

  public List<Problem.FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** Extra response headers, e.g. {@code Retry-After} for 429. */
  public Map<String, String> headers() {
    return headers;
  }
}

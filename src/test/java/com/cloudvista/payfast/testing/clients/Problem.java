package com.cloudvista.payfast.testing.clients;

import java.util.List;

/** An RFC 9457 problem as the APIs write it. */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    String requestId,
    List<FieldError> errors) {

  /** One refused field of a validation problem. */
  public record FieldError(String field, String message) {}
}

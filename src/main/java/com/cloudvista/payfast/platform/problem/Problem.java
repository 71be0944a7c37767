package com.cloudvista.payfast.platform.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail with the contract's extensions: a stable machine {@code code}, the
 * {@code requestId}, and for validation failures the offending {@code errors}.
 */
@JsonbPropertyOrder({
  "type",
  "title",
  "status",
  "detail",
  "instance",
  "code",
  "requestId",
  "errors"
})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    String requestId,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://payfast.cloudvista.com/problems/";

  /** One invalid input: the field (JSON property or query parameter) and what is wrong with it. */
  public record FieldError(String field, String message) {}

  public static Problem of(ErrorCode code, String detail, String instance, String requestId) {
    return new Problem(
        TYPE_BASE + code.value(),
        code.title(),
        code.status(),
        detail,
        instance,
        code.value(),
        requestId,
        null);
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(
        type, title, status, detail, instance, code, requestId, List.copyOf(fieldErrors));
  }
}

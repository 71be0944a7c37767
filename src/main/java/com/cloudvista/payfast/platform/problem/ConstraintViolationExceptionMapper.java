package com.cloudvista.payfast.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on resource parameters: 400 with one entry per invalid field. */
@Provider
public class ConstraintViolationExceptionMapper
    implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return ProblemResponses.validation(Instances.of(uriInfo), errors);
  }

  /**
   * The client-facing name of the violated field: for {@code transfer.request.amount} that is
   * {@code amount}; for a violated parameter itself, the parameter name.
   */
  static String fieldName(ConstraintViolation<?> violation) {
    String field = null;
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case PARAMETER -> parameter = node.getName();
        case PROPERTY, CONTAINER_ELEMENT ->
            field = field == null ? node.getName() : field + "." + node.getName();
        default -> {}
      }
    }
    if (field != null) {
      return field;
    }
    return parameter != null ? parameter : "body";
  }
}

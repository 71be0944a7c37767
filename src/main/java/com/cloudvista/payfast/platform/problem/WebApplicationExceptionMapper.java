package com.cloudvista.payfast.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.HashMap;
import java.util.Map;

/** Errors the JAX-RS runtime raises itself: unknown path, wrong method, media type, bad JSON. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    String instance = Instances.of(uriInfo);
    if (status == 400 || status == 500) {
      var known = KnownCauses.toResponse(e, instance);
      if (known.isPresent()) {
        return known.get();
      }
    }
    ErrorCode code = ErrorCode.forStatus(status);
    Map<String, String> headers = new HashMap<>();
    String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      headers.put(HttpHeaders.ALLOW, allow);
    }
    return ProblemResponses.response(
        ProblemResponses.problem(code, detail(code), instance), headers);
  }

  private static String detail(ErrorCode code) {
    return switch (code) {
      case NOT_FOUND -> "No resource matches this path.";
      case METHOD_NOT_ALLOWED -> "This resource does not support the method.";
      case UNSUPPORTED_MEDIA_TYPE -> "Request bodies must be application/json; charset=UTF-8.";
      case NOT_ACCEPTABLE -> "This resource answers application/json only.";
      case VALIDATION_FAILED -> "The request is not valid.";
      default -> code.title() + ".";
    };
  }
}

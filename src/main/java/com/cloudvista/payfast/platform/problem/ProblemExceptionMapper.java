package com.cloudvista.payfast.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Business refusals and explicit client errors raised by the application. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ProblemException e) {
    Problem problem = ProblemResponses.problem(e.code(), e.getMessage(), Instances.of(uriInfo));
    if (!e.fieldErrors().isEmpty()) {
      problem = problem.withErrors(e.fieldErrors());
    }
    return ProblemResponses.response(problem, e.headers());
  }
}

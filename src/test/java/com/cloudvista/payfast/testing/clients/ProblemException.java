package com.cloudvista.payfast.testing.clients;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.cxf.jaxrs.client.ResponseExceptionMapper;

/** A refusal answered with {@code application/problem+json}, thrown by the typed clients. */
public final class ProblemException extends RuntimeException {

  private final Problem problem;

  public ProblemException(Problem problem) {
    super(problem.status() + " " + problem.code() + ": " + problem.detail());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  /** Turns a problem answer into the exception for client methods that declare it. */
  public static final class Mapper implements ResponseExceptionMapper<ProblemException> {
    @Override
    public ProblemException fromResponse(Response response) {
      MediaType type = response.getMediaType();
      if (response.getStatus() < 400
          || type == null
          || !type.isCompatible(MediaType.valueOf("application/problem+json"))) {
        return null;
      }
      return new ProblemException(response.readEntity(Problem.class));
    }
  }
}

package com.cloudvista.payfast.platform.problem;

import com.cloudvista.payfast.platform.context.AppLog;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. A lost database connection is a 503 the client may retry with the same idempotency
 * key; every other failure is a 500 whose body carries no stack trace and no SQL (the log has the
 * details, under the same request id).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = AppLog.logger(UnexpectedExceptionMapper.class);

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    String instance = Instances.of(uriInfo);
    var known = KnownCauses.toResponse(e, instance);
    if (known.isPresent()) {
      if (DatabaseFailures.isUnavailable(e)) {
        LOG.log(
            Level.WARNING,
            "Database unavailable while serving {0}: {1}",
            new Object[] {instance, e.toString()});
      }
      return known.get();
    }
    LOG.log(Level.SEVERE, "Unexpected failure serving " + instance, e);
    return ProblemResponses.response(
        ProblemResponses.problem(
            ErrorCode.INTERNAL_ERROR,
            "An unexpected error occurred; quote the request id.",
            instance));
  }
}

package com.cloudvista.payfast.platform.problem;

import com.cloudvista.payfast.platform.context.RequestContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds the one problem+json response shape, for JAX-RS mappers and servlet error pages alike. */
public final class ProblemResponses {

  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  private ProblemResponses() {}

  public static Problem problem(ErrorCode code, String detail, String instance) {
    return Problem.of(code, detail, instance, RequestContext.requestId().orElse(null));
  }

  public static String toJson(Problem problem) {
    return JSON.toJson(problem);
  }

  public static Response response(Problem problem) {
    return response(problem, Map.of());
  }

  public static Response response(Problem problem, Map<String, String> headers) {
    Response.ResponseBuilder builder =
        Response.status(problem.status())
            .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
            .entity(toJson(problem));
    headers.forEach(builder::header);
    return builder.build();
  }

  public static Response validation(String instance, List<Problem.FieldError> errors) {
    return response(
        problem(ErrorCode.VALIDATION_FAILED, "The request is not valid.", instance)
            .withErrors(errors));
  }
}

package com.cloudvista.payfast.platform.web;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.Problem;
import com.cloudvista.payfast.platform.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes problem+json from servlet code (filters, error pages) where JAX-RS mappers do not reach.
 */
final class ServletProblems {

  private ServletProblems() {}

  static void write(
      HttpServletRequest request, HttpServletResponse response, ErrorCode code, String detail)
      throws IOException {
    Problem problem = ProblemResponses.problem(code, detail, request.getRequestURI());
    byte[] body = ProblemResponses.toJson(problem).getBytes(StandardCharsets.UTF_8);
    response.setStatus(code.status());
    response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}

package com.cloudvista.payfast.platform.web;

import com.cloudvista.payfast.platform.context.RequestContext;
import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.web.edge.EdgeRequestIds;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's error pages (see web.xml): errors that happen outside the JAX-RS applications,
 * such as an unknown path, still answer problem+json.
 */
@WebServlet(name = "errorPage", urlPatterns = "/_error")
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = statusAttribute instanceof Integer s ? s : HttpServletResponse.SC_NOT_FOUND;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    ErrorCode code = ErrorCode.forStatus(status);
    String detail =
        switch (code) {
          case NOT_FOUND -> "No resource matches this path.";
          case METHOD_NOT_ALLOWED -> "This resource does not support the method.";
          case VALIDATION_FAILED ->
              "The request's path or headers are not valid (bad percent-encoding, say).";
          default -> "The request could not be served.";
        };
    // A request the container refused before the filters ran (an encoded slash, say) has no id yet.
    String requestId = EdgeRequestIds.of(request, request.getHeader(RequestContext.HEADER));
    RequestContext.set(requestId);
    response.setHeader(RequestContext.HEADER, requestId);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("$WSEP", null);
    try {
      ServletProblems.write(
          new jakarta.servlet.http.HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
              return uri != null ? uri.toString() : super.getRequestURI();
            }
          },
          response,
          code,
          detail);
    } finally {
      RequestContext.clear();
    }
  }
}

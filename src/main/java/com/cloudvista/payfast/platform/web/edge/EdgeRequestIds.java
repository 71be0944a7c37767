package com.cloudvista.payfast.platform.web.edge;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Puts an {@code X-Request-Id} on the responses of every web module of the server, Liberty's own
 * included ({@code /health}, {@code /metrics}, {@code /openapi}, {@code /openapi/ui}): Liberty's
 * BELL feature hands this initializer to each module at its start (server.xml, {@code <bell>}), and
 * it maps a filter before all others. The application's own {@code RequestIdFilter} takes the id
 * this filter chose, so one request has one id whichever runs first.
 *
 * <p>Loaded by the BELL library's class loader as well as the application's, so it depends on the
 * Servlet API and the JDK only.
 */
public final class EdgeRequestIds implements ServletContainerInitializer {

  public static final String HEADER = "X-Request-Id";

  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  /** The incoming id when it is safe to echo into headers and logs, otherwise a new one. */
  public static String acceptOrGenerate(String incoming) {
    if (incoming != null && SANE_ID.matcher(incoming).matches()) {
      return incoming;
    }
    return UUID.randomUUID().toString();
  }

  /**
   * The id of this request: the one an earlier filter of the same request chose (kept as the
   * request attribute {@value #HEADER}), otherwise a sane incoming one or a new one.
   */
  public static String of(ServletRequest request, String incomingHeader) {
    if (request.getAttribute(HEADER) instanceof String chosen) {
      return chosen;
    }
    String requestId = acceptOrGenerate(incomingHeader);
    request.setAttribute(HEADER, requestId);
    return requestId;
  }

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    FilterRegistration.Dynamic filter = context.addFilter("payfastEdgeRequestId", new IdFilter());
    if (filter != null) { // null: the module already has it
      filter.setAsyncSupported(true);
      filter.addMappingForUrlPatterns(
          EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR), false, "/*");
    }
  }

  private static final class IdFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      if (response instanceof HttpServletResponse http
          && request instanceof HttpServletRequest in) {
        http.setHeader(HEADER, of(request, in.getHeader(HEADER)));
      }
      chain.doFilter(request, response);
    }
  }
}

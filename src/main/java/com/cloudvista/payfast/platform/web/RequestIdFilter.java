package com.cloudvista.payfast.platform.web;

import com.cloudvista.payfast.platform.context.RequestContext;
import com.cloudvista.payfast.platform.web.edge.EdgeRequestIds;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request an id (a sane incoming {@code X-Request-Id} or a new UUID), answers it on
 * every response and makes it available to log records and problem bodies of that request. Mapped
 * in web.xml, first of the application's filters; the id is the one {@link EdgeRequestIds} chose
 * for the same request when it ran first.
 */
public class RequestIdFilter implements Filter {

  @Override
  public void doFilter(
      ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    String requestId = EdgeRequestIds.of(request, request.getHeader(RequestContext.HEADER));
    RequestContext.set(requestId);
    response.setHeader(RequestContext.HEADER, requestId);
    try {
      chain.doFilter(request, response);
    } finally {
      RequestContext.clear();
    }
  }
}

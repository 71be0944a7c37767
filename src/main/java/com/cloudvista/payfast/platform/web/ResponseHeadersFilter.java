package com.cloudvista.payfast.platform.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The contract's response headers on every API answer, errors included: {@code
 * X-Content-Type-Options: nosniff} always, and {@code Cache-Control: no-store} on answers to
 * authenticated requests (the token endpoint sets its own). Set before the chain runs, so they are
 * there however the answer is produced. Mapped in web.xml to /api/* and /auth/*.
 */
public class ResponseHeadersFilter implements Filter {

  @Override
  public void doFilter(
      ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (request.getHeader("Authorization") != null) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}

package com.cloudvista.payfast.platform.web;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Strict query strings on the APIs: bad percent-encoding ({@code %zz}) or a NUL character in a
 * parameter name or value is a 400 {@code validation_failed} naming the parameter, before any
 * resource runs (PostgreSQL refuses NUL in text, which would otherwise surface as a 500). Mapped in
 * web.xml to /api/* and /auth/*; the body is not touched.
 */
public class QueryStringFilter implements Filter {

  @Override
  public void doFilter(
      ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    String refusal = refusal(request.getQueryString());
    if (refusal != null) {
      ServletProblems.write(
          request, (HttpServletResponse) servletResponse, ErrorCode.VALIDATION_FAILED, refusal);
      return;
    }
    chain.doFilter(request, servletResponse);
  }

  /** Why this query string is refused, or null when every parameter decodes to text without NUL. */
  static String refusal(String query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String rawName = equals < 0 ? pair : pair.substring(0, equals);
      String name;
      String value;
      try {
        name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
        value =
            equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return "Query parameter " + printable(rawName) + " is not valid percent-encoding.";
      }
      if (name.indexOf('\u0000') >= 0 || value.indexOf('\u0000') >= 0) {
        return "Query parameter " + printable(name) + " must not contain a NUL character.";
      }
    }
    return null;
  }

  private static String printable(String name) {
    String shown = name.replaceAll("[^A-Za-z0-9_.-]", "?");
    return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
  }
}

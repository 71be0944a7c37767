package com.cloudvista.payfast.auth.api;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client IP for throttling. Behind the ALB ({@code payfast.ratelimit.trust-forwarded-for=true})
 * it is the last {@code X-Forwarded-For} entry, the one the ALB appended itself; entries further
 * left are whatever the client sent and cannot be trusted.
 */
final class ClientAddress {

  private ClientAddress() {}

  static String of(HttpServletRequest request, boolean trustForwardedFor) {
    String forwarded = request.getHeader("X-Forwarded-For");
    if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
      String[] hops = forwarded.split(",");
      return hops[hops.length - 1].trim();
    }
    return request.getRemoteAddr();
  }
}

package com.cloudvista.payfast.auth.api;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client IP for throttling, given how many proxies in front of the application each append the
 * address they saw to {@code X-Forwarded-For} ({@code payfast.ratelimit.trusted-proxies}). On EKS
 * behind CloudFront and the ALB that is 2: the ALB appends CloudFront's address, CloudFront
 * appended the viewer's, so the client is the second entry from the right. Entries further left are
 * whatever the client sent and cannot be trusted; with 0 the header is ignored and the TCP peer
 * counts.
 */
final class ClientAddress {

  private ClientAddress() {}

  static String of(HttpServletRequest request, int trustedProxies) {
    return of(request.getHeader("X-Forwarded-For"), request.getRemoteAddr(), trustedProxies);
  }

  static String of(String forwardedFor, String remoteAddress, int trustedProxies) {
    if (trustedProxies <= 0 || forwardedFor == null || forwardedFor.isBlank()) {
      return remoteAddress;
    }
    String[] hops = forwardedFor.split(",");
    // Fewer entries than proxies: the leftmost is still one a trusted proxy wrote.
    return hops[Math.max(0, hops.length - trustedProxies)].trim();
  }
}

package com.cloudvista.payfast.platform.ratelimit;

import com.cloudvista.payfast.platform.security.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;

/**
 * Per-caller limit on {@link RateLimited} endpoints, after authentication (the key is the caller's
 * user id): 429 {@code rate_limited} with {@code Retry-After} over the limit, and the IETF draft
 * {@code RateLimit-Limit} / {@code RateLimit-Remaining} / {@code RateLimit-Reset} headers on every
 * answer.
 */
@Provider
@RateLimited
@Priority(Priorities.AUTHORIZATION + 10)
public class CallerRateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String DECISION = CallerRateLimitFilter.class.getName();

  @Inject RateLimiter limiter;
  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!limiter.enabled()) {
      return;
    }
    RateLimit limit = RateLimiter.configured("transactions", 120, Duration.ofMinutes(1));
    request.setProperty(DECISION, limiter.enforce(limit, caller.userId()));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(DECISION) instanceof Decision decision) {
      response.getHeaders().putSingle("RateLimit-Limit", Integer.toString(decision.limit()));
      response
          .getHeaders()
          .putSingle("RateLimit-Remaining", Integer.toString(decision.remaining()));
      response.getHeaders().putSingle("RateLimit-Reset", Long.toString(decision.resetSeconds()));
    }
  }
}

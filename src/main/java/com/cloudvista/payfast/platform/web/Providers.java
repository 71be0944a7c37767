package com.cloudvista.payfast.platform.web;

import com.cloudvista.payfast.platform.problem.ConstraintViolationExceptionMapper;
import com.cloudvista.payfast.platform.problem.JsonbExceptionMapper;
import com.cloudvista.payfast.platform.problem.ProblemExceptionMapper;
import com.cloudvista.payfast.platform.problem.UnexpectedExceptionMapper;
import com.cloudvista.payfast.platform.problem.WebApplicationExceptionMapper;
import java.util.Set;

/** The JAX-RS providers every API registers, so that all of them answer errors the same way. */
public final class Providers {

  private Providers() {}

  /**
   * The request filters every API registers: access-token checks beyond mpJwt ({@code token_use},
   * {@code client_id}, token required unless {@code @PublicEndpoint}), the declared permissions
   * ({@code @RequiresScope}, {@code @RolesAllowed}), then the rate-limit filter for
   * {@code @RateLimited} endpoints.
   */
  public static Set<Class<?>> filters() {
    return Set.of(
        com.cloudvista.payfast.platform.security.AccessTokenFilter.class,
        com.cloudvista.payfast.platform.security.DeclaredAccessFilter.class,
        com.cloudvista.payfast.platform.ratelimit.CallerRateLimitFilter.class);
  }

  public static Set<Class<?>> errorMappers() {
    return Set.of(
        ProblemExceptionMapper.class,
        WebApplicationExceptionMapper.class,
        JsonbExceptionMapper.class,
        ConstraintViolationExceptionMapper.class,
        UnexpectedExceptionMapper.class);
  }
}

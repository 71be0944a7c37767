package com.cloudvista.payfast.auth.application;

import com.cloudvista.payfast.platform.ratelimit.RateLimit;
import com.cloudvista.payfast.platform.ratelimit.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows down sign-up floods and e-mail enumeration (a registered e-mail answers 409, as the
 * contract says): every sign-up attempt counts against its client IP ({@code
 * payfast.ratelimit.signup-ip.*}) and its e-mail ({@code payfast.ratelimit.signup-email.*}); over
 * either, 429 {@code rate_limited} with {@code Retry-After} until the window ends.
 */
@ApplicationScoped
public class SignUpThrottle {

  @Inject RateLimiter limiter;

  private final RateLimit perIp = RateLimiter.configured("signup-ip", 20, Duration.ofHours(1));
  private final RateLimit perEmail = RateLimiter.configured("signup-email", 5, Duration.ofHours(1));

  public void attempt(String email, String clientIp) {
    limiter.enforce(perIp, clientIp == null ? "unknown" : clientIp);
    limiter.enforce(perEmail, email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
  }
}

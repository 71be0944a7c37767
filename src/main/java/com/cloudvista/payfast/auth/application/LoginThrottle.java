package com.cloudvista.payfast.auth.application;

import com.cloudvista.payfast.auth.domain.OAuthException;
import com.cloudvista.payfast.platform.ratelimit.Decision;
import com.cloudvista.payfast.platform.ratelimit.RateLimit;
import com.cloudvista.payfast.platform.ratelimit.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows down password guessing: once a username, or a client IP, has used up its failed sign-ins in
 * the current window ({@code payfast.ratelimit.login-username.*}, {@code
 * payfast.ratelimit.login-ip.*}), further attempts are refused with 429 until the window ends,
 * whether or not the password would be right. Only failures count.
 */
@ApplicationScoped
public class LoginThrottle {

  @Inject RateLimiter limiter;

  private final RateLimit perUsername =
      RateLimiter.configured("login-username", 5, Duration.ofMinutes(15));
  private final RateLimit perIp = RateLimiter.configured("login-ip", 50, Duration.ofMinutes(15));

  /** Refuses with 429 when the username or the IP has used up its failures. */
  public void checkAllowed(String username, String clientIp) {
    refuseIfExhausted(limiter.peek(perUsername, userKey(username)));
    refuseIfExhausted(limiter.peek(perIp, ipKey(clientIp)));
  }

  public void failed(String username, String clientIp) {
    limiter.hit(perUsername, userKey(username));
    limiter.hit(perIp, ipKey(clientIp));
  }

  private static void refuseIfExhausted(Decision decision) {
    if (!decision.allowed()) {
      throw OAuthException.rateLimited(decision.resetSeconds());
    }
  }

  private static String userKey(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }

  private static String ipKey(String clientIp) {
    return clientIp == null ? "unknown" : clientIp;
  }
}

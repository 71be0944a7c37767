package com.cloudvista.payfast.auth.application;

import com.cloudvista.payfast.auth.domain.OAuthException;
import com.cloudvista.payfast.platform.config.Durations;
import com.cloudvista.payfast.platform.ratelimit.RateLimitCounters;
import com.cloudvista.payfast.platform.ratelimit.WindowCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after too many failed sign-ins for one username, or from one
 * client IP, within a window, further attempts are refused with 429 until the window ends, whether
 * or not the password would be right.
 */
@ApplicationScoped
public class LoginThrottle {

  @Inject RateLimitCounters counters;

  @Inject
  @ConfigProperty(name = "payfast.ratelimit.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "payfast.ratelimit.login.max-failures-per-username", defaultValue = "5")
  long maxPerUsername;

  @Inject
  @ConfigProperty(name = "payfast.ratelimit.login.max-failures-per-ip", defaultValue = "50")
  long maxPerIp;

  @Inject
  @ConfigProperty(name = "payfast.ratelimit.login.window", defaultValue = "15m")
  String window;

  /** Refuses with 429 when the username or the IP has used up its failures. */
  public void checkAllowed(String username, String clientIp) {
    if (!enabled) {
      return;
    }
    Duration length = Durations.parse(window);
    WindowCount user = counters.current(userKey(username), length);
    WindowCount ip = counters.current(ipKey(clientIp), length);
    if (user.count() >= maxPerUsername) {
      throw OAuthException.rateLimited(user.retryAfterSeconds());
    }
    if (ip.count() >= maxPerIp) {
      throw OAuthException.rateLimited(ip.retryAfterSeconds());
    }
  }

  public void failed(String username, String clientIp) {
    if (enabled) {
      Duration length = Durations.parse(window);
      counters.increment(userKey(username), length);
      counters.increment(ipKey(clientIp), length);
    }
  }

  /** A successful sign-in clears the username's failures (not the IP's: many users share NATs). */
  public void succeeded(String username) {
    if (enabled) {
      counters.reset(userKey(username));
    }
  }

  private static String userKey(String username) {
    return "login:user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
  }

  private static String ipKey(String clientIp) {
    return "login:ip:" + (clientIp == null ? "unknown" : clientIp);
  }
}

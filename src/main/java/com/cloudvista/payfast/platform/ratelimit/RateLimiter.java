package com.cloudvista.payfast.platform.ratelimit;

import com.cloudvista.payfast.platform.cache.RedisCalls;
import com.cloudvista.payfast.platform.cache.RedisUnavailableException;
import com.cloudvista.payfast.platform.config.Durations;
import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import redis.clients.jedis.UnifiedJedis;

/**
 * Counts events per (policy, key) in fixed windows. Redis holds the counters so that every instance
 * shares them; when Redis is missing, failing or behind an open circuit breaker ({@link
 * RedisCalls}), in-process counters take over, so a Redis outage never turns into failed requests.
 * {@code payfast.ratelimit.enabled=false} lets everything through.
 */
@ApplicationScoped
public class RateLimiter {

  @Inject RedisCalls redis;

  @Inject
  @ConfigProperty(name = "payfast.ratelimit.enabled")
  boolean enabled;

  private final LocalCounters local = new LocalCounters(System::currentTimeMillis);
  private final AtomicLong fallbackDecisions = new AtomicLong();
  private final RedisCounters counters = new RedisCounters("payfast:rl:");

  /** Counts one event and answers whether it is within the limit. */
  public Decision hit(RateLimit limit, String key) {
    if (!enabled) {
      return new Decision(true, limit.limit(), limit.limit(), limit.window().toSeconds());
    }
    long now = System.currentTimeMillis();
    if (redis.configured()) {
      try {
        return redis.call(client -> counters.hit(client, limit, key, now));
      } catch (RedisUnavailableException e) {
        // counted in-process below
      }
    }
    fallbackDecisions.incrementAndGet();
    return local.hit(limit, key);
  }

  /**
   * Whether the key has already used up its limit in the current window, without counting an event:
   * for limits on failures (sign-in), where the check comes before the attempt and only failed
   * attempts count. Redis and in-process counts are both consulted, so failures counted during a
   * Redis outage still block.
   */
  public Decision peek(RateLimit limit, String key) {
    long now = System.currentTimeMillis();
    long windowMillis = limit.window().toMillis();
    long resetMillis = windowMillis - Math.floorMod(now, windowMillis);
    if (!enabled) {
      return new Decision(true, limit.limit(), limit.limit(), limit.window().toSeconds());
    }
    long count = local.count(limit, key);
    if (redis.configured()) {
      try {
        count = Math.max(count, redis.call(client -> counters.count(client, limit, key, now)));
      } catch (RedisUnavailableException e) {
        // the in-process count alone
      }
    }
    // At the limit already: the next failure would exceed it, so refuse the attempt.
    return Decision.of(count + 1, limit.limit(), resetMillis);
  }

  /**
   * Counts one event and refuses it with 429 {@code rate_limited} and {@code Retry-After} over the
   * limit.
   */
  public Decision enforce(RateLimit limit, String key) {
    Decision decision = hit(limit, key);
    if (!decision.allowed()) {
      throw new ProblemException(
          ErrorCode.RATE_LIMITED,
          "Too many requests; retry after " + decision.resetSeconds() + " s.",
          List.of(),
          Map.of(
              "Retry-After", Long.toString(decision.resetSeconds()),
              "RateLimit-Limit", Integer.toString(decision.limit()),
              "RateLimit-Remaining", "0",
              "RateLimit-Reset", Long.toString(decision.resetSeconds())));
    }
    return decision;
  }

  public boolean enabled() {
    return enabled;
  }

  /** Decisions taken by the in-process fallback since start (exported as a metric). */
  @Gauge(
      name = "payfast_ratelimit_fallback_decisions",
      absolute = true,
      unit = MetricUnits.NONE,
      description = "Rate-limit decisions counted in-process because Redis was unavailable")
  public long fallbackDecisions() {
    return fallbackDecisions.get();
  }

  /** A limit from configuration: {@code payfast.ratelimit.<policy>.limit} and {@code .window}. */
  public static RateLimit configured(String policy, int defaultLimit, Duration defaultWindow) {
    var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
    int limit =
        config
            .getOptionalValue("payfast.ratelimit." + policy + ".limit", Integer.class)
            .orElse(defaultLimit);
    Duration window =
        config
            .getOptionalValue("payfast.ratelimit." + policy + ".window", String.class)
            .map(Durations::parse)
            .orElse(defaultWindow);
    return new RateLimit(policy, limit, window);
  }

  // Visible for tests that exercise both modes without the container (no circuit breaker there).
  static RateLimiter forTests(UnifiedJedis redisClient, boolean enabled) {
    RateLimiter limiter = new RateLimiter();
    limiter.enabled = enabled;
    limiter.redis = RedisCalls.direct(redisClient);
    return limiter;
  }
}

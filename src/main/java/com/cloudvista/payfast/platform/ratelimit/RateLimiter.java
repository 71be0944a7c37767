package com.cloudvista.payfast.platform.ratelimit;

import com.cloudvista.payfast.platform.cache.RedisConnector;
import com.cloudvista.payfast.platform.cache.RedisPause;
import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import com.cloudvista.payfast.platform.web.AppLog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Counts events per (policy, key) in fixed windows. Redis holds the counters so that every
 * instance shares them; when Redis is missing or failing, in-process counters take over and Redis
 * is tried again after a short pause (a simple circuit breaker), so a Redis outage never turns into
 * failed requests. {@code payfast.ratelimit.enabled=false} lets everything through.
 */
@ApplicationScoped
public class RateLimiter {

  private static final Logger LOG = AppLog.logger(RateLimiter.class);

  @Inject RedisConnector redisConnector;

  @Inject
  @ConfigProperty(name = "payfast.ratelimit.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "payfast.ratelimit.redis-retry", defaultValue = "5s")
  String redisRetry;

  private final LocalCounters local = new LocalCounters(System::currentTimeMillis);
  private final AtomicLong fallbackDecisions = new AtomicLong();
  private volatile RedisCounters redis;
  private RedisPause pause;

  @PostConstruct
  void init() {
    pause = pause(com.cloudvista.payfast.platform.config.Durations.parse(redisRetry).toMillis());
    redis = redisConnector.client().map(client -> new RedisCounters((UnifiedJedis) client, "payfast:rl:")).orElse(null);
  }

  /** Counts one event and answers whether it is within the limit. */
  public Decision hit(RateLimit limit, String key) {
    if (!enabled) {
      return new Decision(true, limit.limit(), limit.limit(), limit.window().toSeconds());
    }
    long now = System.currentTimeMillis();
    RedisCounters counters = redis;
    if (counters != null && pause.allowsCall()) {
      try {
        Decision decision = counters.hit(limit, key, now);
        pause.succeeded("shared counters resumed");
        return decision;
      } catch (JedisException e) {
        pause.failed(e);
      }
    }
    fallbackDecisions.incrementAndGet();
    return local.hit(limit, key);
  }

  /**
   * Whether the key has already used up its limit in the current window, without counting an
   * event: for limits on failures (sign-in), where the check comes before the attempt and only
   * failed attempts count. Redis and in-process counts are both consulted, so failures counted
   * during a Redis outage still block.
   */
  public Decision peek(RateLimit limit, String key) {
    long now = System.currentTimeMillis();
    long windowMillis = limit.window().toMillis();
    long resetMillis = windowMillis - Math.floorMod(now, windowMillis);
    if (!enabled) {
      return new Decision(true, limit.limit(), limit.limit(), limit.window().toSeconds());
    }
    long count = local.count(limit, key);
    RedisCounters counters = redis;
    if (counters != null && pause.allowsCall()) {
      try {
        count = Math.max(count, counters.count(limit, key, now));
      } catch (JedisException e) {
        pause.failed(e);
      }
    }
    // At the limit already: the next failure would exceed it, so refuse the attempt.
    return Decision.of(count + 1, limit.limit(), resetMillis);
  }

  /** Counts one event and refuses it with 429 {@code rate_limited} and {@code Retry-After} over the limit. */
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
              "RateLimit-Remaining", "0"));
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
    int limit = config.getOptionalValue("payfast.ratelimit." + policy + ".limit", Integer.class).orElse(defaultLimit);
    Duration window =
        config
            .getOptionalValue("payfast.ratelimit." + policy + ".window", String.class)
            .map(com.cloudvista.payfast.platform.config.Durations::parse)
            .orElse(defaultWindow);
    return new RateLimit(policy, limit, window);
  }

  private static RedisPause pause(long retryMillis) {
    return new RedisPause("Rate limits", "counting in-process", retryMillis, LOG);
  }

  // Visible for tests that exercise both modes without the container.
  static RateLimiter forTests(UnifiedJedis redisClient, boolean enabled, long retryMillis) {
    RateLimiter limiter = new RateLimiter();
    limiter.enabled = enabled;
    limiter.pause = pause(retryMillis);
    limiter.redis = redisClient == null ? null : new RedisCounters(redisClient, "payfast:rl-test:");
    return limiter;
  }
}

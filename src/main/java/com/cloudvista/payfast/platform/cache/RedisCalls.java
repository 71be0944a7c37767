package com.cloudvista.payfast.platform.cache;

import com.cloudvista.payfast.platform.context.AppLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The one way to run a Redis command: through the shared circuit breaker ({@link RedisCircuit}),
 * with every failure (not configured, timed out, refused by the open breaker) turned into one
 * {@link RedisUnavailableException} for the caller to fall back on. Logs one warning per outage and
 * one notice when Redis answers again.
 */
@ApplicationScoped
public class RedisCalls {

  private static final Logger LOG = AppLog.logger(RedisCalls.class);

  @Inject RedisConnector connector;
  @Inject RedisCircuit circuit;

  private final AtomicBoolean failing = new AtomicBoolean();
  private final AtomicBoolean refusing = new AtomicBoolean();
  private Supplier<Optional<UnifiedJedis>> client =
      () -> connector.client().map(UnifiedJedis.class::cast);

  /**
   * Calls against one client (none: not configured), without the container's breaker: for component
   * tests of the callers.
   */
  public static RedisCalls direct(UnifiedJedis client) {
    RedisCalls calls = new RedisCalls();
    calls.client = () -> Optional.ofNullable(client);
    calls.circuit = new RedisCircuit();
    return calls;
  }

  /** Whether the application has a Redis at all (else callers need not even try). */
  public boolean configured() {
    return client.get().isPresent();
  }

  /** Runs {@code command}; throws {@link RedisUnavailableException} when it could not. */
  public <T> T call(Function<UnifiedJedis, T> command) {
    UnifiedJedis redis =
        client
            .get()
            .orElseThrow(() -> new RedisUnavailableException("Redis is not configured", null));
    try {
      T result = circuit.call(redis, command);
      refusing.set(false);
      if (failing.compareAndSet(true, false)) {
        LOG.info(
            "Redis answers again: the read cache and the shared rate-limit counters are back in use.");
      }
      return result;
    } catch (CircuitBreakerOpenException e) {
      refusing.set(true);
      throw new RedisUnavailableException("Redis circuit breaker open", e);
    } catch (JedisException e) {
      if (e instanceof JedisConnectionException && connector != null) {
        connector.discardIdleConnections();
      }
      if (failing.compareAndSet(false, true)) {
        LOG.warning(
            "Redis unavailable ("
                + e.getMessage()
                + "): reading from PostgreSQL and counting rate limits"
                + " in-process until it answers again.");
      }
      throw new RedisUnavailableException("Redis call failed", e);
    }
  }

  @Gauge(
      name = "payfast_cache_breaker_open",
      absolute = true,
      unit = MetricUnits.NONE,
      description = "1 while the Redis circuit breaker refuses calls (the last call was refused)")
  public long breakerOpen() {
    return refusing.get() ? 1 : 0;
  }
}

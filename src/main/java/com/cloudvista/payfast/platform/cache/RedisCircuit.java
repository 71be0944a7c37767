package com.cloudvista.payfast.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The MicroProfile Fault Tolerance circuit breaker in front of Redis. Every Redis command of the
 * application passes this one method (through {@link RedisCalls}), so the read cache and the rate
 * limiter share one breaker: once half of the last 4 calls failed, calls are refused at once with
 * {@code CircuitBreakerOpenException} for 5 s, then one trial call decides whether to close again.
 * The parameters can be changed with MicroProfile Config, e.g. {@code
 * com.cloudvista.payfast.platform.cache.RedisCircuit/call/CircuitBreaker/delay=10000}; its state is
 * in {@code /metrics} as {@code ft_circuitbreaker_state_total} and {@code
 * ft_circuitbreaker_opened_total}.
 */
@ApplicationScoped
public class RedisCircuit {

  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 5_000,
      delayUnit = ChronoUnit.MILLIS,
      successThreshold = 1,
      failOn = JedisException.class)
  public <T> T call(UnifiedJedis client, Function<UnifiedJedis, T> command) {
    return command.apply(client);
  }
}

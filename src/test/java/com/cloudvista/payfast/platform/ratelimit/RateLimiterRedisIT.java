package com.cloudvista.payfast.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/**
 * The limiter against the real Redis (shared counters, N+1-th refused), and against a Redis that
 * does not answer (the in-process fallback enforces the same limit).
 */
class RateLimiterRedisIT {

  private final RateLimit fivePerMinute =
      new RateLimit("it-" + UUID.randomUUID(), 5, Duration.ofMinutes(1));

  @Test
  void redisCountersAreSharedByEveryLimiterInstance() {
    try (JedisPooled redis = redis(6379)) {
      RateLimiter first = RateLimiter.forTests(redis, true);
      RateLimiter second = RateLimiter.forTests(redis, true);

      for (int i = 0; i < 5; i++) {
        assertThat((i % 2 == 0 ? first : second).hit(fivePerMinute, "alice").allowed()).isTrue();
      }
      Decision sixth = second.hit(fivePerMinute, "alice");

      assertThat(sixth.allowed()).isFalse();
      assertThat(sixth.resetSeconds()).isBetween(1L, 60L);
      assertThat(first.fallbackDecisions()).isZero();
      assertThat(second.fallbackDecisions()).isZero();
    }
  }

  @Test
  void withRedisDownTheInProcessFallbackEnforcesTheLimit() {
    try (JedisPooled unreachable = redis(1)) { // nothing listens on port 1
      RateLimiter limiter = RateLimiter.forTests(unreachable, true);

      for (int i = 0; i < 5; i++) {
        assertThat(limiter.hit(fivePerMinute, "bob").allowed()).isTrue();
      }
      assertThat(limiter.hit(fivePerMinute, "bob").allowed()).isFalse();
      assertThat(limiter.fallbackDecisions()).isEqualTo(6);
    }
  }

  @Test
  void disabledLimiterLetsEverythingThrough() {
    RateLimiter limiter = RateLimiter.forTests(null, false);
    for (int i = 0; i < 20; i++) {
      assertThat(limiter.hit(fivePerMinute, "carol").allowed()).isTrue();
    }
  }

  private static JedisPooled redis(int port) {
    return new JedisPooled(
        new HostAndPort("127.0.0.1", port),
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis(300)
            .socketTimeoutMillis(300)
            .database(1)
            .build());
  }
}

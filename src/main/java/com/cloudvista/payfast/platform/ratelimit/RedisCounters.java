package com.cloudvista.payfast.platform.ratelimit;

import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * Fixed-window counters in Redis: one key per (policy, key, window), incremented and given its
 * expiry atomically by a Lua script, so every application instance shares the count.
 */
final class RedisCounters {

  private static final String SCRIPT =
      "local count = redis.call('INCR', KEYS[1]) "
          + "if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end "
          + "local ttl = redis.call('PTTL', KEYS[1]) "
          + "if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end "
          + "return {count, ttl}";

  private final String prefix;

  RedisCounters(String prefix) {
    this.prefix = prefix;
  }

  Decision hit(UnifiedJedis redis, RateLimit limit, String key, long nowMillis) {
    long windowMillis = limit.window().toMillis();
    long windowStart = nowMillis - Math.floorMod(nowMillis, windowMillis);
    String redisKey = redisKey(limit, key, windowStart);
    @SuppressWarnings("unchecked")
    List<Long> result =
        (List<Long>) redis.eval(SCRIPT, List.of(redisKey), List.of(Long.toString(windowMillis)));
    return Decision.of(result.get(0), limit.limit(), result.get(1));
  }

  /** The events counted so far in the current window, without counting one. */
  long count(UnifiedJedis redis, RateLimit limit, String key, long nowMillis) {
    long windowMillis = limit.window().toMillis();
    long windowStart = nowMillis - Math.floorMod(nowMillis, windowMillis);
    String value = redis.get(redisKey(limit, key, windowStart));
    return value == null ? 0 : Long.parseLong(value);
  }

  private String redisKey(RateLimit limit, String key, long windowStart) {
    return prefix + limit.policy() + ':' + key + ':' + windowStart;
  }
}

package com.cloudvista.payfast.platform.ratelimit;

import com.cloudvista.payfast.platform.cache.RedisConnector;
import com.cloudvista.payfast.platform.web.AppLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.JedisPooled;

/**
 * Fixed-window counters keyed by what is limited (e.g. {@code login:user:alice@example.com}). In
 * Redis, INCR and the first EXPIRE run in one Lua script so a window can never lose its expiry;
 * every instance then sees the same counts. Without Redis, or when it fails, counting continues in
 * process.
 */
@ApplicationScoped
public class RateLimitCounters {

  private static final Logger LOG = AppLog.logger(RateLimitCounters.class);
  private static final String PREFIX = "payfast:rl:";
  private static final String INCREMENT =
      "local c = redis.call('INCR', KEYS[1]) "
          + "if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end "
          + "local ttl = redis.call('PTTL', KEYS[1]) "
          + "if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end "
          + "return {c, ttl}";

  @Inject RedisConnector redis;

  private final InProcessCounters local = new InProcessCounters(Clock.systemUTC());
  private volatile boolean warned;

  public WindowCount increment(String key, Duration window) {
    var client = redis.client();
    if (client.isPresent()) {
      try {
        Object result =
            client.get().eval(INCREMENT, List.of(PREFIX + key), List.of(Long.toString(window.toMillis())));
        List<?> values = (List<?>) result;
        return new WindowCount(
            ((Number) values.get(0)).longValue(), Duration.ofMillis(((Number) values.get(1)).longValue()));
      } catch (RuntimeException e) {
        warnOnce(e);
      }
    }
    return local.increment(key, window);
  }

  public WindowCount current(String key, Duration window) {
    var client = redis.client();
    if (client.isPresent()) {
      try {
        JedisPooled jedis = client.get();
        String value = jedis.get(PREFIX + key);
        if (value == null) {
          return local.current(key, window);
        }
        long ttl = jedis.pttl(PREFIX + key);
        return new WindowCount(Long.parseLong(value), Duration.ofMillis(ttl < 0 ? window.toMillis() : ttl));
      } catch (RuntimeException e) {
        warnOnce(e);
      }
    }
    return local.current(key, window);
  }

  public void reset(String key) {
    local.reset(key);
    redis
        .client()
        .ifPresent(
            jedis -> {
              try {
                jedis.del(PREFIX + key);
              } catch (RuntimeException e) {
                warnOnce(e);
              }
            });
  }

  private void warnOnce(RuntimeException e) {
    if (!warned) {
      warned = true;
      LOG.log(Level.WARNING, "Redis rate-limit counters failed; counting in process: {0}", e.toString());
    }
  }
}

package com.cloudvista.payfast.platform.cache;

import com.cloudvista.payfast.platform.config.Durations;
import com.cloudvista.payfast.platform.web.AppLog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Cache-aside reads through Redis, for display only: no money decision ever reads it.
 *
 * <p>Keys are versioned by a per-entry generation: {@link #invalidateAfterCommit} bumps the
 * generation once the database transaction has committed, and a reader stores what it loaded only
 * under the generation it saw before loading (checked atomically). A slow reader that loaded an old
 * value can therefore never put it back over a newer one; every instance sees the bump at once, so a
 * read right after a committed write shows the write. Redis failures fall back to the loader, with a
 * short pause before Redis is tried again. Because an invalidation may have been lost while Redis
 * was failing, the first successful contact afterwards bumps a global epoch that is part of every
 * key, which retires everything cached before the outage; the TTL bounds staleness for readers on
 * other instances in the moment between Redis returning and that bump.
 */
@ApplicationScoped
public class ReadCache {

  private static final Logger LOG = AppLog.logger(ReadCache.class);
  private static final String PREFIX = "payfast:c:";
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final String EPOCH_KEY = PREFIX + "epoch";
  // SET the value only if the epoch and the generation are still the ones the reader saw.
  private static final String STORE_IF_CURRENT =
      "local e = redis.call('GET', KEYS[1]) or '0' "
          + "local g = redis.call('GET', KEYS[2]) or '0' "
          + "if e == ARGV[1] and g == ARGV[2] then redis.call('SET', KEYS[3], ARGV[3], 'PX', ARGV[4]) return 1 end "
          + "return 0";

  @Inject RedisConnector redisConnector;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = "payfast.cache.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "payfast.cache.ttl", defaultValue = "60s")
  String ttl;

  @Inject
  @ConfigProperty(name = "payfast.cache.redis-retry", defaultValue = "5s")
  String redisRetry;

  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicBoolean epochBumpOwed = new AtomicBoolean();
  private long ttlMillis;
  private RedisPause pause;

  @PostConstruct
  void init() {
    ttlMillis = Durations.parse(ttl).toMillis();
    pause = new RedisPause("Cache", "reading from PostgreSQL", Durations.parse(redisRetry).toMillis(), LOG);
  }

  /** The cached value of {@code namespace/id}, or the loader's (then cached) when absent. */
  public <T> T get(String namespace, String id, Type type, Supplier<T> loader) {
    Optional<UnifiedJedis> redis = available();
    if (redis.isEmpty()) {
      return loader.get();
    }
    String generationKey = generationKey(namespace, id);
    String epoch;
    String generation;
    try {
      List<String> versions = redis.get().mget(EPOCH_KEY, generationKey);
      epoch = Optional.ofNullable(versions.get(0)).orElse("0");
      generation = Optional.ofNullable(versions.get(1)).orElse("0");
      String cached = redis.get().get(valueKey(namespace, id, epoch, generation));
      if (cached != null) {
        hits.incrementAndGet();
        return JSON.fromJson(cached, type);
      }
    } catch (JedisException e) {
      failed(e);
      return loader.get();
    }
    misses.incrementAndGet();
    T value = loader.get();
    if (value != null) {
      try {
        redis.get().eval(
            STORE_IF_CURRENT,
            List.of(EPOCH_KEY, generationKey, valueKey(namespace, id, epoch, generation)),
            List.of(epoch, generation, JSON.toJson(value), Long.toString(ttlMillis)));
      } catch (JedisException e) {
        failed(e);
      }
    }
    return value;
  }

  /**
   * Makes every cached {@code namespace/id} stale once the current transaction commits (at once
   * when there is none); nothing happens if it rolls back.
   */
  public void invalidateAfterCommit(String namespace, String id) {
    if (transactions != null && transactions.getTransactionKey() != null) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                invalidateNow(namespace, id);
              }
            }
          });
    } else {
      invalidateNow(namespace, id);
    }
  }

  /** Makes every cached {@code namespace/id} stale now (for AFTER_SUCCESS observers). */
  public void invalidate(String namespace, String id) {
    invalidateNow(namespace, id);
  }

  private void invalidateNow(String namespace, String id) {
    // Bumping the generation also matters while paused: try Redis regardless of the pause.
    redisConnector.client()
        .ifPresent(
            redis -> {
              try {
                String key = generationKey(namespace, id);
                redis.incr(key);
                redis.pexpire(key, Math.max(ttlMillis * 10, 3_600_000L));
              } catch (JedisException e) {
                failed(e);
              }
            });
  }

  private Optional<UnifiedJedis> available() {
    if (!enabled || !pause.allowsCall()) {
      return Optional.empty();
    }
    Optional<UnifiedJedis> client = redisConnector.client().map(UnifiedJedis.class::cast);
    if (client.isPresent() && epochBumpOwed.get()) {
      try {
        client.get().incr(EPOCH_KEY); // retire whatever a lost invalidation may have left behind
        epochBumpOwed.set(false);
        pause.succeeded("entries cached before the outage are retired");
      } catch (JedisException e) {
        failed(e);
        return Optional.empty();
      }
    }
    return client;
  }

  private void failed(JedisException e) {
    errors.incrementAndGet();
    epochBumpOwed.set(true);
    pause.failed(e);
  }

  private static String generationKey(String namespace, String id) {
    return PREFIX + namespace + ":" + id + ":gen";
  }

  private static String valueKey(String namespace, String id, String epoch, String generation) {
    return PREFIX + namespace + ":" + id + ":e" + epoch + ":g" + generation;
  }

  @Gauge(name = "payfast_cache_hits", absolute = true, unit = MetricUnits.NONE, description = "Reads served from Redis")
  public long hits() {
    return hits.get();
  }

  @Gauge(name = "payfast_cache_misses", absolute = true, unit = MetricUnits.NONE, description = "Reads loaded from PostgreSQL")
  public long misses() {
    return misses.get();
  }

  @Gauge(name = "payfast_cache_errors", absolute = true, unit = MetricUnits.NONE, description = "Failed Redis calls")
  public long errors() {
    return errors.get();
  }

  @Gauge(
      name = "payfast_cache_breaker_open",
      absolute = true,
      unit = MetricUnits.NONE,
      description = "1 while Redis calls are paused after a failure")
  public long breakerOpen() {
    return pause.open();
  }
}

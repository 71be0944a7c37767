package com.cloudvista.payfast.platform.cache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * Cache-aside reads through Redis, for display only: no money decision ever reads it.
 *
 * <p>An entry is {@code namespace/id}, optionally in several variants (e.g. one per query of a
 * statement's first page) that all go stale together. Keys are versioned by a per-entry generation:
 * {@link #invalidate} bumps the generation once the database transaction has committed, and a
 * reader stores what it loaded only under the generation it saw before loading (checked
 * atomically). A slow reader that loaded an old value can therefore never put it back over a newer
 * one; every instance sees the bump at once, so a read right after a committed write shows the
 * write. Every Redis command goes through {@link RedisCalls} (short timeouts, one circuit breaker);
 * when it fails the loader answers. Because an invalidation may have been lost meanwhile, the first
 * successful contact afterwards bumps a global epoch that is part of every key, which retires
 * everything cached before the outage; the TTL bounds staleness for readers on other instances in
 * the moment between Redis returning and that bump.
 */
@ApplicationScoped
public class ReadCache {

  private static final String PREFIX = "payfast:c:";
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final String EPOCH_KEY = PREFIX + "epoch";
  // SET the value only if the epoch and the generation are still the ones the reader saw.
  private static final String STORE_IF_CURRENT =
      "local e = redis.call('GET', KEYS[1]) or '0' "
          + "local g = redis.call('GET', KEYS[2]) or '0' "
          + "if e == ARGV[1] and g == ARGV[2] then redis.call('SET', KEYS[3], ARGV[3], 'PX', ARGV[4]) return 1 end "
          + "return 0";

  @Inject RedisCalls redis;

  @Inject
  @ConfigProperty(name = "payfast.cache.enabled")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "payfast.cache.ttl")
  Duration ttl;

  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicBoolean epochBumpOwed = new AtomicBoolean();
  private long ttlMillis;

  @PostConstruct
  void init() {
    ttlMillis = ttl.toMillis();
  }

  /** The cached value of {@code namespace/id}, or the loader's (then cached) when absent. */
  public <T> T get(String namespace, String id, Type type, Supplier<T> loader) {
    return get(namespace, id, "", type, loader);
  }

  /**
   * The cached {@code variant} of {@code namespace/id} (any text: it is hashed into the key), or
   * the loader's (then cached) when absent.
   */
  public <T> T get(String namespace, String id, String variant, Type type, Supplier<T> loader) {
    if (!usable()) {
      return loader.get();
    }
    String generationKey = generationKey(namespace, id);
    List<String> versions;
    String valueKey;
    try {
      versions =
          redis.call(r -> r.mget(EPOCH_KEY, generationKey)).stream()
              .map(v -> v == null ? "0" : v)
              .toList();
      valueKey = valueKey(namespace, id, variant, versions.get(0), versions.get(1));
      String cached = redis.call(r -> r.get(valueKey));
      if (cached != null) {
        hits.incrementAndGet();
        return JSON.fromJson(cached, type);
      }
    } catch (RedisUnavailableException e) {
      failed();
      return loader.get();
    }
    misses.incrementAndGet();
    T value = loader.get();
    if (value != null) {
      List<String> keys = List.of(EPOCH_KEY, generationKey, valueKey);
      List<String> args =
          List.of(versions.get(0), versions.get(1), JSON.toJson(value), Long.toString(ttlMillis));
      try {
        redis.call(r -> r.eval(STORE_IF_CURRENT, keys, args));
      } catch (RedisUnavailableException e) {
        failed();
      }
    }
    return value;
  }

  /**
   * Makes every cached variant of {@code namespace/id} stale now: for CDI {@code AFTER_SUCCESS}
   * observers of committed changes.
   */
  public void invalidate(String namespace, String id) {
    if (!redis.configured()) {
      return;
    }
    String key = generationKey(namespace, id);
    long expiry = Math.max(ttlMillis * 10, 3_600_000L);
    try {
      redis.call(
          r -> {
            r.incr(key);
            return r.pexpire(key, expiry);
          });
    } catch (RedisUnavailableException e) {
      failed(); // the epoch bump at recovery retires what this bump would have
    }
  }

  private boolean usable() {
    if (!enabled || !redis.configured()) {
      return false;
    }
    if (epochBumpOwed.get()) {
      try {
        redis.call(
            r -> r.incr(EPOCH_KEY)); // retire whatever a lost invalidation may have left behind
        epochBumpOwed.set(false);
      } catch (RedisUnavailableException e) {
        failed();
        return false;
      }
    }
    return true;
  }

  private void failed() {
    errors.incrementAndGet();
    epochBumpOwed.set(true);
  }

  private static String generationKey(String namespace, String id) {
    return PREFIX + namespace + ":" + id + ":gen";
  }

  private static String valueKey(
      String namespace, String id, String variant, String epoch, String generation) {
    String versions = ":e" + epoch + ":g" + generation;
    return PREFIX
        + namespace
        + ":"
        + id
        + versions
        + (variant.isEmpty() ? "" : ":v" + digest(variant));
  }

  private static String digest(String variant) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(variant.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Gauge(
      name = "payfast_cache_hits",
      absolute = true,
      unit = MetricUnits.NONE,
      description = "Reads served from Redis")
  public long hits() {
    return hits.get();
  }

  @Gauge(
      name = "payfast_cache_misses",
      absolute = true,
      unit = MetricUnits.NONE,
      description = "Reads loaded from PostgreSQL")
  public long misses() {
    return misses.get();
  }

  @Gauge(
      name = "payfast_cache_errors",
      absolute = true,
      unit = MetricUnits.NONE,
      description =
          "Cache reads and invalidations that could not use Redis (failed or refused by the breaker)")
  public long errors() {
    return errors.get();
  }
}

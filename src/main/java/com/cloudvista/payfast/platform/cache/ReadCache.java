package com.cloudvista.payfast.platform.cache;

import com.cloudvista.payfast.platform.json.JsonText;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * Cache-aside reads through Redis, for display only: no money decision ever reads it.
 *
 * <p>An entry is {@code namespace/id}, optionally in several variants (e.g. one per query of a
 * statement's first page) that all go stale together. Values are versioned by a per-entry
 * generation: {@link #invalidateAfterCommit} bumps the generation once the database transaction has
 * committed, and a reader stores what it loaded only with the generation it saw before loading
 * (checked atomically), written in front of the value. A read is one round trip (MGET of the epoch,
 * the generation and the value), served only when the versions in front of the value are the
 * current ones; a commit's invalidations are one round trip too, however many entries and observers
 * it touches. A slow reader that loaded an old value can therefore never put it back over a newer
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

  /**
   * The format of the stored values, part of every value key (not of the generations): raised when
   * what a namespace stores changes shape (2: the ledger's views store the JSON text they send), so
   * during a rolling deploy the instances of two releases never read each other's values, while
   * every invalidation still reaches both.
   */
  private static final String FORMAT = "f2";

  // SET the value only if the epoch and the generation are still the ones the reader saw.
  private static final String STORE_IF_CURRENT =
      "local e = redis.call('GET', KEYS[1]) or '0' "
          + "local g = redis.call('GET', KEYS[2]) or '0' "
          + "if e == ARGV[1] and g == ARGV[2] then redis.call('SET', KEYS[3], ARGV[3], 'PX', ARGV[4]) return 1 end "
          + "return 0";
  // Bump every generation given, each kept for ARGV[1] ms.
  private static final String BUMP_GENERATIONS =
      "for _, key in ipairs(KEYS) do redis.call('INCR', key) redis.call('PEXPIRE', key, ARGV[1]) end "
          + "return #KEYS";

  @Inject RedisCalls redis;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

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
    return lookup(
        namespace, id, variant, cached -> JSON.fromJson(cached, type), loader, JSON::toJson);
  }

  /**
   * The cached {@code variant} of {@code namespace/id} as the JSON text it is stored as, for a
   * response body sent as it is: the loader's value is serialized once, when it is loaded, and a
   * hit is neither parsed nor serialized again.
   */
  public JsonText getJson(
      String namespace, String id, String variant, Supplier<? extends JsonText> loader) {
    return lookup(namespace, id, variant, JsonText::new, loader, JsonText::json);
  }

  private <T> T lookup(
      String namespace,
      String id,
      String variant,
      Function<String, T> decode,
      Supplier<? extends T> loader,
      Function<T, String> encode) {
    if (!usable()) {
      return loader.get();
    }
    String generationKey = generationKey(namespace, id);
    String valueKey = valueKey(namespace, id, variant);
    String epoch;
    String generation;
    try {
      List<String> found = redis.call(r -> r.mget(EPOCH_KEY, generationKey, valueKey));
      epoch = found.get(0) == null ? "0" : found.get(0);
      generation = found.get(1) == null ? "0" : found.get(1);
      String versions = versions(epoch, generation);
      String cached = found.get(2);
      if (cached != null && cached.startsWith(versions)) {
        hits.incrementAndGet();
        return decode.apply(cached.substring(versions.length()));
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
          List.of(
              epoch,
              generation,
              versions(epoch, generation) + encode.apply(value),
              Long.toString(ttlMillis));
      try {
        redis.call(r -> r.eval(STORE_IF_CURRENT, keys, args));
      } catch (RedisUnavailableException e) {
        failed();
      }
    }
    return value;
  }

  /** One cached entry, {@code namespace/id} with all its variants. */
  public record Entry(String namespace, String id) {}

  /**
   * Makes every cached variant of these entries stale once the current JTA transaction has
   * committed: for CDI observers of a change that run inside its transaction (plain {@code
   * Observes}). Everything a transaction asks for, from however many observers, goes to Redis in
   * one round trip right after its commit, on the committing thread (so before the response);
   * nothing if it rolls back. Without an active transaction (the change is committed already, as
   * for an {@code AFTER_SUCCESS} observer) it is done now.
   */
  public void invalidateAfterCommit(Collection<Entry> entries) {
    if (!redis.configured() || entries.isEmpty()) {
      return;
    }
    int status =
        transactions == null ? Status.STATUS_NO_TRANSACTION : transactions.getTransactionStatus();
    switch (status) {
      case Status.STATUS_ACTIVE -> pendingInThisTransaction().addAll(entries);
      case Status.STATUS_MARKED_ROLLBACK, Status.STATUS_ROLLING_BACK, Status.STATUS_ROLLEDBACK -> {
        // it will not commit: nothing became stale
      }
      default -> invalidate(entries); // none, or committed already: a needless bump is harmless
    }
  }

  /** The entries the current transaction has asked for, sent after its commit. */
  @SuppressWarnings("unchecked")
  private Set<Entry> pendingInThisTransaction() {
    Set<Entry> pending = (Set<Entry>) transactions.getResource(ReadCache.class);
    if (pending == null) {
      Set<Entry> batch = new LinkedHashSet<>();
      transactions.putResource(ReadCache.class, batch);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int outcome) {
              if (outcome == Status.STATUS_COMMITTED) {
                invalidate(batch);
              }
            }
          });
      pending = batch;
    }
    return pending;
  }

  /** Makes all these entries stale now, in one round trip to Redis. */
  void invalidate(Collection<Entry> entries) {
    if (!redis.configured() || entries.isEmpty()) {
      return;
    }
    List<String> keys =
        entries.stream().map(e -> generationKey(e.namespace(), e.id())).distinct().toList();
    String expiry = Long.toString(Math.max(ttlMillis * 10, 3_600_000L));
    try {
      redis.call(r -> r.eval(BUMP_GENERATIONS, keys, List.of(expiry)));
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

  private static String valueKey(String namespace, String id, String variant) {
    return PREFIX
        + namespace
        + ":"
        + id
        + ":"
        + FORMAT
        + (variant.isEmpty() ? "" : ":v" + digest(variant));
  }

  /** What a stored value starts with: the epoch and generation it was loaded under. */
  private static String versions(String epoch, String generation) {
    return "e" + epoch + ":g" + generation + " ";
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

package com.cloudvista.payfast.platform.cache;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The breaker every Redis user shares: after a failed call, Redis is left alone for a retry pause
 * while the caller falls back (PostgreSQL, in-process counters); one warning per failure streak and
 * one notice when Redis answers again.
 */
public final class RedisPause {

  private final String user;
  private final String fallback;
  private final long retryMillis;
  private final Logger log;
  private final LongSupplier clock;
  private final AtomicLong pausedUntil = new AtomicLong();
  private final AtomicBoolean failing = new AtomicBoolean();

  /**
   * @param user how log lines name the caller, e.g. "Cache"
   * @param fallback what the caller does meanwhile, e.g. "reading from PostgreSQL"
   */
  public RedisPause(String user, String fallback, long retryMillis, Logger log) {
    this(user, fallback, retryMillis, log, System::currentTimeMillis);
  }

  RedisPause(String user, String fallback, long retryMillis, Logger log, LongSupplier clock) {
    this.user = user;
    this.fallback = fallback;
    this.retryMillis = retryMillis;
    this.log = log;
    this.clock = clock;
  }

  /** False during the pause after a failure: skip Redis and fall back. */
  public boolean allowsCall() {
    return clock.getAsLong() >= pausedUntil.get();
  }

  /** 1 while calls are paused (exported as a breaker-state gauge). */
  public long open() {
    return allowsCall() ? 0 : 1;
  }

  public void failed(JedisException e) {
    pausedUntil.set(clock.getAsLong() + retryMillis);
    if (failing.compareAndSet(false, true)) {
      log.warning(user + ": Redis unavailable (" + e.getMessage() + "); " + fallback + ".");
    }
  }

  /** Ends a failure streak, if there was one, with {@code recovery} in the log. */
  public void succeeded(String recovery) {
    if (failing.compareAndSet(true, false)) {
      log.info(user + ": Redis answers again; " + recovery + ".");
    }
  }
}

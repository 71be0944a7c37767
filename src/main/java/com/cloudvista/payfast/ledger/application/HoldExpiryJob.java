package com.cloudvista.payfast.ledger.application;

import com.cloudvista.payfast.platform.context.AppLog;
import com.cloudvista.payfast.platform.db.DatabaseState;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Voids holds past {@code payfast.holds.expiry}, one hold per transaction. Runs on every instance:
 * each picks overdue holds with SKIP LOCKED, so instances share the work and never void a hold
 * twice (the hold leaves OPEN once, under its lock).
 */
@ApplicationScoped
public class HoldExpiryJob {

  private static final Logger LOG = AppLog.logger(HoldExpiryJob.class);

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject PaymentService payments;
  @Inject DatabaseState database;

  @Inject
  @ConfigProperty(name = "payfast.holds.sweep-interval")
  Duration interval;

  private volatile ScheduledFuture<?> schedule;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    long millis = interval.toMillis();
    schedule = scheduler.scheduleWithFixedDelay(this::sweep, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** No run may start once the application is stopping (Liberty refuses it with CWWKC1101E). */
  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  void sweep() {
    if (!database.isMigrated()) {
      return;
    }
    Instant now = Instant.now();
    int expired = 0;
    try {
      while (expired < 10_000 && payments.expireNext(now).isPresent()) {
        expired++;
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Hold expiry stopped after " + expired + " holds; next run in " + interval + ": " + e);
    }
    if (expired > 0) {
      LOG.info("Expired " + expired + " holds");
    }
  }
}

package com.cloudvista.payfast.platform.idempotency;

import com.cloudvista.payfast.platform.config.Durations;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes idempotency records past their retention. Every instance runs it; a DELETE of expired
 * rows with SKIP LOCKED is idempotent and never blocks another instance, so no leader is needed.
 */
@ApplicationScoped
public class IdempotencyPurgeJob {

  private static final Logger LOG = AppLog.logger(IdempotencyPurgeJob.class);

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject IdempotencyStore store;
  @Inject DatabaseState database;

  @Inject
  @ConfigProperty(name = "payfast.idempotency.purge-interval")
  Duration interval;

  private volatile ScheduledFuture<?> schedule;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    long millis = interval.toMillis();
    schedule = scheduler.scheduleWithFixedDelay(this::purge, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** No run may start once the application is stopping (Liberty refuses it with CWWKC1101E). */
  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  void purge() {
    if (!database.isMigrated()) {
      return;
    }
    try {
      int deleted;
      do {
        deleted = store.purgeExpired(1000);
        if (deleted > 0) {
          LOG.fine("Purged " + deleted + " expired idempotency records");
        }
      } while (deleted == 1000);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Idempotency purge failed; next run in " + Durations.format(interval) + ": " + e);
    }
  }
}

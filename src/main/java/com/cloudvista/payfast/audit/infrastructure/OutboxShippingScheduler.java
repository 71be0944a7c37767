package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.platform.config.Modules;
import com.cloudvista.payfast.platform.context.AppLog;
import com.cloudvista.payfast.platform.db.DatabaseState;
import com.cloudvista.payfast.platform.storage.S3Connector;
import com.cloudvista.payfast.platform.storage.S3Settings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Runs the {@link OutboxShipper} on the container's scheduled executor every {@code
 * payfast.audit.ship-interval}, on instances that serve the Transaction API, and exports its
 * metrics. Each round starts only once the schema is migrated.
 */
@ApplicationScoped
public class OutboxShippingScheduler {

  private static final Logger LOG = AppLog.logger(OutboxShippingScheduler.class);

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject OutboxTransactions transactions;
  @Inject S3Connector s3;
  @Inject S3Settings s3Settings;
  @Inject DatabaseState databaseState;
  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "payfast.audit.enabled")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "payfast.audit.ship-interval")
  Duration shipInterval;

  @Inject
  @ConfigProperty(name = "payfast.audit.batch-size")
  int batchSize;

  @Inject
  @ConfigProperty(name = "payfast.audit.backoff-max")
  Duration backoffMax;

  @Inject
  @ConfigProperty(name = "payfast.audit.retention")
  Duration retention;

  @Inject
  @ConfigProperty(name = "payfast.audit.sse")
  boolean serverSideEncryption;

  private final ShippingStatus disabled = new ShippingStatus();
  private volatile OutboxShipper shipper;
  private ScheduledFuture<?> schedule;

  /** After S3Connector has chosen the S3 endpoint (it starts at APPLICATION priority). */
  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) Startup startup) {
    if (!enabled || !Modules.enabled(Modules.TRANSACTIONS)) {
      disabled.failing(
          enabled
              ? "this instance does not serve the Transaction API"
              : "payfast.audit.enabled=false");
      LOG.info("Transaction log shipping is off on this instance (" + disabled.detail() + ").");
      return;
    }
    OutboxSettings settings =
        new OutboxSettings(
            s3Settings.logsBucket(),
            s3Settings.logsPrefix(),
            s3Settings.kmsKeyId(),
            serverSideEncryption,
            batchSize,
            shipInterval,
            backoffMax,
            retention);
    Counter shippedRecords =
        metrics.counter(
            Metadata.builder()
                .withName("outbox_shipped_records")
                .withDescription("Transaction log records uploaded to S3 by this instance")
                .build());
    Counter uploadFailures =
        metrics.counter(
            Metadata.builder()
                .withName("outbox_upload_failures")
                .withDescription("Failed uploads of transaction log batches to S3 by this instance")
                .build());
    ShippingStatus status = new ShippingStatus(shippedRecords::inc, uploadFailures::inc);
    metrics.gauge(
        Metadata.builder()
            .withName("outbox_pending_records")
            .withDescription("Records waiting in the outbox")
            .build(),
        status,
        s -> s.statistics().pending());
    metrics.gauge(
        Metadata.builder()
            .withName("outbox_oldest_pending_age_seconds")
            .withDescription("Age of the oldest record waiting in the outbox (shipping lag)")
            .build(),
        status,
        s -> s.statistics().oldestPendingAgeSeconds());
    shipper = new OutboxShipper(transactions, s3::client, settings, status, Clock.systemUTC());
    long millis = settings.shipInterval().toMillis();
    schedule = scheduler.scheduleWithFixedDelay(this::round, millis, millis, TimeUnit.MILLISECONDS);
  }

  private void round() {
    if (databaseState.isMigrated()) {
      shipper.tick();
    }
  }

  /** The shipper's status on this instance (DOWN with the reason when shipping is off here). */
  public ShippingStatus status() {
    return Optional.ofNullable(shipper).map(OutboxShipper::status).orElse(disabled);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}

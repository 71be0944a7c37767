package com.cloudvista.payfast.expense.application;

import com.cloudvista.payfast.expense.domain.BankFiles;
import com.cloudvista.payfast.expense.domain.ImportJobs;
import com.cloudvista.payfast.expense.domain.StatementJob;
import com.cloudvista.payfast.expense.domain.StatementJobs;
import com.cloudvista.payfast.platform.config.Durations;
import com.cloudvista.payfast.platform.config.Modules;
import com.cloudvista.payfast.platform.db.DatabaseState;
import com.cloudvista.payfast.platform.storage.ReportsBucket;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the background jobs of this instance on the container's executors: imports and statement
 * exports start as soon as they are queued (after commit) and a poll every {@code
 * payfast.jobs.poll-interval} picks up whatever another instance left behind (its lease lapsed), so
 * a job survives the death of the instance that started it. Also sweeps uploads nobody attached.
 * Only on instances that serve the Transaction API.
 */
@ApplicationScoped
public class FileJobs {

  private static final Logger LOG = Logger.getLogger(FileJobs.class.getName());

  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject DatabaseState database;
  @Inject ImportJobs imports;
  @Inject StatementJobs statements;
  @Inject StatementExport export;
  @Inject BankFiles formats;
  @Inject RuleService rules;
  @Inject ReportsBucket bucket;
  @Inject UploadService uploads;
  @Inject Event<ExpenseDataChanged> changed;

  @Inject
  @ConfigProperty(name = "payfast.jobs.poll-interval")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "payfast.jobs.lease")
  Duration lease;

  @Inject
  @ConfigProperty(name = "payfast.jobs.batch-size")
  int batchSize;

  @Inject
  @ConfigProperty(name = "payfast.jobs.max-attempts")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "payfast.jobs.retry-delay")
  Duration retryDelay;

  @Inject
  @ConfigProperty(name = "payfast.uploads.keep-unattached")
  Duration keepUnattached;

  @Inject
  @ConfigProperty(name = "payfast.uploads.sweep-interval")
  Duration sweepInterval;

  private final String worker = workerName();
  private final AtomicBoolean draining = new AtomicBoolean();
  private volatile ScheduledFuture<?> poll;
  private volatile ScheduledFuture<?> sweep;
  private volatile ImportJobRunner runner;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if (!Modules.enabled(Modules.TRANSACTIONS)) {
      return;
    }
    long pollMillis = pollInterval.toMillis();
    poll =
        scheduler.scheduleWithFixedDelay(
            this::drain, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    long sweepMillis = sweepInterval.toMillis();
    sweep =
        scheduler.scheduleWithFixedDelay(
            this::sweepUploads, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
  }

  /** No run may start once the application is stopping (Liberty refuses it with CWWKC1101E). */
  @PreDestroy
  void stop() {
    for (ScheduledFuture<?> schedule : new ScheduledFuture<?>[] {poll, sweep}) {
      if (schedule != null) {
        schedule.cancel(false);
      }
    }
  }

  void onSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobSubmitted job) {
    if (poll != null) {
      executor.execute(this::drain);
    }
  }

  /** Runs every job there is, one at a time on this instance; other instances take others. */
  void drain() {
    if (!database.isMigrated() || !draining.compareAndSet(false, true)) {
      return;
    }
    try {
      importRunner().runPending();
      Optional<StatementJob> statement;
      while ((statement = statements.claim(worker, lease)).isPresent()) {
        export.run(statement.get(), worker, lease, maxAttempts, retryDelay);
      }
    } catch (RuntimeException e) { // the schedule must survive: the next poll tries again
      LOG.log(Level.WARNING, "Background jobs stopped for this round: {0}", e.toString());
    } finally {
      draining.set(false);
    }
  }

  private ImportJobRunner importRunner() {
    ImportJobRunner current = runner;
    if (current == null) {
      current =
          new ImportJobRunner(
              imports,
              bucket.store(),
              formats,
              rules::categorizer,
              worker,
              new ImportJobRunner.Settings(lease, batchSize, maxAttempts, retryDelay),
              owner -> changed.fire(new ExpenseDataChanged(owner)));
      runner = current;
    }
    return current;
  }

  void sweepUploads() {
    if (!database.isMigrated()) {
      return;
    }
    try {
      while (uploads.sweep(keepUnattached, 500) == 500) {
        // next chunk
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Sweep of unattached uploads failed; next in {0}: {1}",
          new Object[] {Durations.format(sweepInterval), e});
    }
  }

  private static String workerName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return host + "/" + UUID.randomUUID().toString().substring(0, 8);
  }
}

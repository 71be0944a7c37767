package com.cloudvista.payfast.platform.health;

import com.cloudvista.payfast.platform.cache.RedisConnector;
import com.cloudvista.payfast.platform.config.Modules;
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
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Probes PostgreSQL, Redis and S3 on a schedule so that health checks answer at once from the last
 * result: a slow or dead dependency never makes a probe time out.
 */
@ApplicationScoped
public class BackingServicesMonitor {

  /** The last probe of one dependency: UP, DOWN with the reason, or DISABLED. */
  public record Status(String state, String detail) {
    static Status up(String detail) {
      return new Status("UP", detail);
    }

    static Status down(Throwable cause) {
      String message =
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      return new Status("DOWN", message.length() > 200 ? message.substring(0, 200) : message);
    }

    public boolean isUp() {
      return "UP".equals(state);
    }
  }

  @Resource(lookup = "jdbc/payfast")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject DatabaseState databaseState;
  @Inject RedisConnector redis;
  @Inject S3Connector s3;
  @Inject S3Settings s3Settings;

  @Inject
  @ConfigProperty(name = "payfast.health.probe-interval")
  Duration interval;

  private volatile Status database = new Status("DOWN", "not probed yet");
  private volatile Status cache = new Status("DOWN", "not probed yet");
  private volatile Status storage = new Status("DOWN", "not probed yet");
  private ScheduledFuture<?> schedule;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) Startup startup) {
    database = probeDatabase();
    cache = probeRedis();
    // S3 is probed off the start-up path: the embedded S3Proxy starts beside the server, and the S3
    // client would spend its retry back-off waiting for it before the application could be ready.
    // The database and Redis were just probed, so the schedule's first full round waits an
    // interval.
    scheduler.execute(() -> storage = probeS3());
    long millis = interval.toMillis();
    schedule = scheduler.scheduleWithFixedDelay(this::probe, millis, millis, TimeUnit.MILLISECONDS);
  }

  void probe() {
    database = probeDatabase();
    cache = probeRedis();
    storage = probeS3();
  }

  private Status probeDatabase() {
    if (!databaseState.isMigrated()) {
      return new Status("DOWN", "migrations not applied: " + databaseState.lastError());
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2)
          ? Status.up(databaseState.description())
          : new Status("DOWN", "connection not valid");
    } catch (Exception e) {
      return Status.down(e);
    }
  }

  private Status probeRedis() {
    return redis
        .client()
        .map(
            client -> {
              try {
                client.ping();
                return Status.up(redis.description());
              } catch (RuntimeException e) {
                return Status.down(e);
              }
            })
        .orElse(new Status("DISABLED", "no Redis configured or reachable"));
  }

  private Status probeS3() {
    if (!Modules.enabled(Modules.TRANSACTIONS)) {
      return new Status("DISABLED", "not used by the modules of this instance");
    }
    try {
      probeBuckets();
      return Status.up(s3.description());
    } catch (NoSuchBucketException missing) {
      if (!s3.managesBuckets()) {
        return Status.down(missing);
      }
      try {
        s3.ensureBuckets(); // S3 came up after the application did
        probeBuckets();
        return Status.up(s3.description());
      } catch (RuntimeException e) {
        return Status.down(e);
      }
    } catch (RuntimeException e) {
      return Status.down(e);
    }
  }

  private void probeBuckets() {
    S3HealthProbe.run(
        s3.client(),
        S3HealthProbe.requests(
            s3Settings.logsBucket(), s3Settings.logsPrefix(), s3Settings.reportsBucket()));
  }

  public Status database() {
    return database;
  }

  public Status redis() {
    return cache;
  }

  public Status s3() {
    return storage;
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}

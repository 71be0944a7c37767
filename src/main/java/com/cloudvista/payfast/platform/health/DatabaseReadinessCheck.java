package com.cloudvista.payfast.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and the schema is migrated: nothing works without it. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Inject BackingServicesMonitor monitor;

  @Override
  public HealthCheckResponse call() {
    BackingServicesMonitor.Status status = monitor.database();
    return HealthCheckResponse.named("database")
        .status(status.isUp())
        .withData("detail", String.valueOf(status.detail()))
        .build();
  }
}

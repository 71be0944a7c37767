package com.cloudvista.payfast.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and the schema is migrated: nothing works without it. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Inject BackingServicesMonitor monitor;

  @Override
  public HealthCheckResponse call() {
    BackingServicesMonitor.Status status = monitor.database();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("database").status(status.isUp());
    String reason = HealthData.reason(status.state(), status.detail());
    return (reason == null ? response : response.withData("reason", reason)).build();
  }
}

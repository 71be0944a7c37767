package com.cloudvista.payfast.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Startup;

/**
 * Alive and started once the application is deployed. Dependencies are deliberately not part of
 * liveness: a database outage must not make Kubernetes restart healthy pods.
 */
@Liveness
@Startup
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    return HealthCheckResponse.named("application")
        .up()
        .withData("heapUsedBytes", used)
        .withData("heapMaxBytes", runtime.maxMemory())
        .build();
  }
}

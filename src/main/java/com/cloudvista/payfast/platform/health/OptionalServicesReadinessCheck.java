package com.cloudvista.payfast.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Redis and S3 as the data of an always-UP check: the service degrades without them (no cache,
 * delayed log shipping) but must stay in the load balancer.
 */
@Readiness
@ApplicationScoped
public class OptionalServicesReadinessCheck implements HealthCheck {

  @Inject BackingServicesMonitor monitor;

  @Override
  public HealthCheckResponse call() {
    BackingServicesMonitor.Status redis = monitor.redis();
    BackingServicesMonitor.Status s3 = monitor.s3();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("optional-services")
            .up()
            .withData("redis", redis.state())
            .withData("s3", s3.state());
    String redisReason = HealthData.reason(redis.state(), redis.detail());
    String s3Reason = HealthData.reason(s3.state(), s3.detail());
    if (redisReason != null) {
      response = response.withData("redisReason", redisReason);
    }
    if (s3Reason != null) {
      response = response.withData("s3Reason", s3Reason);
    }
    return response.build();
  }
}

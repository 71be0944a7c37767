package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.audit.domain.ShippingStatistics;
import com.cloudvista.payfast.platform.health.HealthData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Transaction log shipping as the data of an always-UP readiness check: S3 trouble delays the log
 * but must not take the pod out of the load balancer. Answers from the last shipping round.
 */
@Readiness
@ApplicationScoped
public class TransactionLogShippingCheck implements HealthCheck {

  @Inject OutboxShippingScheduler scheduler;

  @Override
  public HealthCheckResponse call() {
    ShippingStatus status = scheduler.status();
    ShippingStatistics statistics = status.statistics();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("transaction-log")
            .up()
            .withData("shipping", status.state())
            .withData("pending", statistics.pending())
            .withData("oldestPendingAgeSeconds", statistics.oldestPendingAgeSeconds());
    String reason = HealthData.reason(status.state(), status.detail());
    return (reason == null ? response : response.withData("reason", reason)).build();
  }
}

package com.cloudvista.payfast.audit.application;

import com.cloudvista.payfast.audit.domain.ShippingStatistics;
import com.cloudvista.payfast.audit.infrastructure.JpaOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The transaction log's shipping status across all instances, read live from the outbox. A database
 * failure reaches the problem mappers (503 {@code unavailable} when the database cannot be reached,
 * as every other read).
 */
@ApplicationScoped
public class AuditStatusService {

  @Inject JpaOutbox outbox;

  public ShippingStatistics status() {
    return outbox.statistics();
  }
}

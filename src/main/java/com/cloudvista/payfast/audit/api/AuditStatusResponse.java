package com.cloudvista.payfast.audit.api;

import com.cloudvista.payfast.audit.domain.ShippingStatistics;
import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;

/**
 * GET /api/v1/admin/audit: transaction-log shipping status ({@code lastObjectKey} null before the
 * first upload).
 */
@JsonbNillable
public record AuditStatusResponse(
    long pending, long shipped, long oldestPendingAgeSeconds, @Nullable String lastObjectKey) {

  static AuditStatusResponse from(ShippingStatistics statistics) {
    return new AuditStatusResponse(
        statistics.pending(),
        statistics.shipped(),
        statistics.oldestPendingAgeSeconds(),
        statistics.lastObjectKey());
  }
}

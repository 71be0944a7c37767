package com.cloudvista.payfast.audit.domain;

/**
 * How far shipping has got: records waiting in the outbox, records shipped since the outbox was
 * created (survives pruning), the age of the oldest waiting record, and the last object written.
 */
public record ShippingStatistics(
    long pending, long shipped, long oldestPendingAgeSeconds, String lastObjectKey) {

  public static final ShippingStatistics UNKNOWN = new ShippingStatistics(0, 0, 0, null);
}

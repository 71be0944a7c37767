package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.audit.domain.ShippingStatistics;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * What one shipper instance last saw, for health data and metrics: UP after a successful round,
 * DOWN with the reason while rounds fail, the outbox statistics of the last round, and counters of
 * shipped records and failed uploads (with hooks so metrics can count the same events).
 */
public final class ShippingStatus {

  private final LongConsumer onShipped;
  private final Runnable onUploadFailure;
  private final AtomicLong shippedRecords = new AtomicLong();
  private final AtomicLong uploadFailures = new AtomicLong();
  private volatile String state = "STARTING";
  private volatile String detail = "no shipping round yet";
  private volatile String lastObjectKey;
  private volatile ShippingStatistics statistics = ShippingStatistics.UNKNOWN;

  public ShippingStatus() {
    this(n -> {}, () -> {});
  }

  public ShippingStatus(LongConsumer onShipped, Runnable onUploadFailure) {
    this.onShipped = onShipped;
    this.onUploadFailure = onUploadFailure;
  }

  void shipped(String objectKey, int records) {
    lastObjectKey = objectKey;
    shippedRecords.addAndGet(records);
    onShipped.accept(records);
  }

  void uploadFailed() {
    uploadFailures.incrementAndGet();
    onUploadFailure.run();
  }

  void healthy(String description) {
    state = "UP";
    detail = description;
  }

  void failing(String reason) {
    state = "DOWN";
    detail = reason;
  }

  void statistics(ShippingStatistics latest) {
    statistics = latest;
  }

  /** UP, DOWN or STARTING. */
  public String state() {
    return state;
  }

  public String detail() {
    return detail;
  }

  public long shippedRecords() {
    return shippedRecords.get();
  }

  public long uploadFailures() {
    return uploadFailures.get();
  }

  /** The last object this instance wrote, or null. */
  public String lastObjectKey() {
    return lastObjectKey;
  }

  public ShippingStatistics statistics() {
    return statistics;
  }
}

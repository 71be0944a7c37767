package com.cloudvista.payfast.audit.infrastructure;

import static com.cloudvista.payfast.audit.infrastructure.OutboxTestbed.allRecords;
import static com.cloudvista.payfast.audit.infrastructure.OutboxTestbed.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudvista.payfast.audit.domain.ShippingStatistics;
import com.cloudvista.payfast.audit.domain.TransactionLogRecord;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox writer and shipper against real PostgreSQL and S3Proxy (no application server): every
 * appended transaction ends up in exactly one S3 object, once, whatever the timing.
 */
class OutboxShippingIT {

  private final OutboxTestbed testbed = OutboxTestbed.start();
  private String bucket;
  private ResourceLocalOutbox writer;

  @BeforeEach
  void reset() throws Exception {
    bucket = testbed.reset();
    writer = testbed.outbox;
  }

  private List<TransactionLogRecord> append(String prefix, int count) {
    List<TransactionLogRecord> records = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      TransactionLogRecord record = record(prefix + "-" + n, n);
      writer.append(record);
      records.add(record);
    }
    return records;
  }

  private static Map<String, Long> countsById(List<TransactionLogRecord> records) {
    return records.stream()
        .collect(Collectors.groupingBy(TransactionLogRecord::transactionId, Collectors.counting()));
  }

  @Test
  void everyTransactionIsShippedOnceWithinTheShipIntervalWithItsAmountsAndEntries()
      throws Exception {
    List<TransactionLogRecord> appended = append("mixed", 1234);
    OutboxShipper shipper = new OutboxShipper(testbed.outbox, testbed.s3, testbed.settings(bucket));
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      scheduler.scheduleWithFixedDelay(
          shipper::tick, 2, 2, TimeUnit.SECONDS); // the default interval
      OutboxTestbed.await(
          Duration.ofSeconds(10),
          () -> shipper.status().statistics().shipped() == 1234,
          "1234 records shipped within 10 s of commit");
    } finally {
      scheduler.shutdownNow();
    }

    Map<String, List<TransactionLogRecord>> objects = testbed.objects(bucket);
    List<TransactionLogRecord> shipped = allRecords(objects);
    assertThat(countsById(shipped))
        .hasSize(1234)
        .allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
    Map<String, TransactionLogRecord> byId =
        shipped.stream()
            .collect(Collectors.toMap(TransactionLogRecord::transactionId, Function.identity()));
    for (TransactionLogRecord expected : appended) {
      assertThat(byId.get(expected.transactionId()))
          .isEqualTo(expected); // type, amount, currency, entries, actor ...
    }
    // 500 per batch, keys from the contract, date and hour of each batch's first record
    assertThat(objects.keySet())
        .containsExactlyInAnyOrder(
            "transactions/dt=2026-11-21/hr=09/1-500.jsonl.gz",
            "transactions/dt=2026-11-21/hr=10/501-1000.jsonl.gz",
            "transactions/dt=2026-11-21/hr=10/1001-1234.jsonl.gz");
    assertThat(objects.get("transactions/dt=2026-11-21/hr=09/1-500.jsonl.gz"))
        .hasSize(500)
        .first()
        .extracting(TransactionLogRecord::transactionId)
        .isEqualTo("mixed-0");
    ShippingStatistics statistics = testbed.outbox.inNewTransaction(OutboxQueries::statistics);
    assertThat(statistics.pending()).isZero();
    assertThat(statistics.shipped()).isEqualTo(1234);
    assertThat(statistics.lastObjectKey())
        .isEqualTo("transactions/dt=2026-11-21/hr=10/1001-1234.jsonl.gz");
    assertThat(shipper.status().state()).isEqualTo("UP");
  }

  @Test
  void twoShipperInstancesOverOneOutboxNeverShipARecordTwice() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(3);
    OutboxSettings settings = testbed.settings(bucket).withBatchSize(50);
    OutboxShipper first = new OutboxShipper(testbed.outbox, testbed.s3, settings);
    OutboxShipper second = new OutboxShipper(testbed.outbox, testbed.s3, settings);
    CountDownLatch go = new CountDownLatch(1);
    try {
      Future<?> appending =
          threads.submit(
              () -> {
                go.await();
                append("busy", 2000);
                return null;
              });
      List<Future<?>> shipping = new ArrayList<>();
      for (OutboxShipper shipper : List.of(first, second)) {
        shipping.add(
            threads.submit(
                () -> {
                  go.await();
                  while (!appending.isDone()
                      || testbed.count("SELECT count(*) FROM audit_outbox WHERE shipped_at IS NULL")
                          > 0) {
                    shipper.shipPending();
                    Thread.sleep(5);
                  }
                  return null;
                }));
      }
      go.countDown();
      appending.get(120, TimeUnit.SECONDS);
      for (Future<?> future : shipping) {
        future.get(120, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    List<TransactionLogRecord> shipped = allRecords(testbed.objects(bucket));
    assertThat(shipped).hasSize(2000);
    assertThat(countsById(shipped)).hasSize(2000);
    assertThat(first.status().shippedRecords()).as("first instance shipped some").isPositive();
    assertThat(second.status().shippedRecords()).as("second instance shipped some").isPositive();
    assertThat(first.status().shippedRecords() + second.status().shippedRecords()).isEqualTo(2000);
    assertThat(testbed.count("SELECT shipped_records FROM audit_shipping_state")).isEqualTo(2000);
  }

  @Test
  void aCrashBetweenUploadAndMarkIsRepairedByOverwritingTheSameKeyWithTheSameBytes()
      throws Exception {
    // A transaction that got its sequence number first but commits after the others: it must not
    // change the batch that was already uploaded once.
    try (ResourceLocalOutbox.Open late = testbed.outbox.open()) {
      late.queries().append(record("late", 0));
      append("early", 9);

      OutboxShipper crashing =
          new OutboxShipper(testbed.outbox, testbed.s3, testbed.settings(bucket));
      crashing.afterUpload(
          key -> {
            throw new IllegalStateException("simulated crash after uploading " + key);
          });
      assertThatThrownBy(crashing::shipPending).hasMessageContaining("simulated crash");

      String key = "transactions/dt=2026-11-21/hr=09/2-10.jsonl.gz";
      byte[] uploadedBeforeCrash =
          testbed.s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
      assertThat(JsonLinesGzip.decode(uploadedBeforeCrash)).hasSize(9);
      assertThat(testbed.count("SELECT count(*) FROM audit_outbox WHERE shipped_at IS NULL"))
          .isEqualTo(9);
      late.commit();
    }

    OutboxShipper restarted =
        new OutboxShipper(testbed.outbox, testbed.s3, testbed.settings(bucket));
    assertThat(restarted.shipPending()).isEqualTo(10);

    Map<String, List<TransactionLogRecord>> objects = testbed.objects(bucket);
    assertThat(objects.keySet())
        .containsExactlyInAnyOrder(
            "transactions/dt=2026-11-21/hr=09/2-10.jsonl.gz",
            "transactions/dt=2026-11-21/hr=09/1-1.jsonl.gz");
    List<TransactionLogRecord> shipped = allRecords(objects);
    assertThat(shipped).hasSize(10);
    assertThat(countsById(shipped)).hasSize(10).containsKey("late");
    assertThat(testbed.count("SELECT shipped_records FROM audit_shipping_state")).isEqualTo(10);
  }

  @Test
  void theRetriedUploadWritesIdenticalBytes() throws Exception {
    append("same", 25);
    String key = "transactions/dt=2026-11-21/hr=09/1-25.jsonl.gz";
    OutboxShipper crashing =
        new OutboxShipper(testbed.outbox, testbed.s3, testbed.settings(bucket));
    crashing.afterUpload(
        k -> {
          throw new IllegalStateException("simulated crash");
        });
    assertThatThrownBy(crashing::shipPending).isInstanceOf(IllegalStateException.class);
    byte[] first = testbed.s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();

    new OutboxShipper(testbed.outbox, testbed.s3, testbed.settings(bucket)).shipPending();

    byte[] second = testbed.s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
    assertThat(second).isEqualTo(first);
    assertThat(testbed.objects(bucket)).containsOnlyKeys(key);
  }

  @Test
  void shippedRowsArePrunedAfterTheRetentionWhilePendingOnesStay() throws Exception {
    append("old", 30);
    OutboxShipper shipper =
        new OutboxShipper(
            testbed.outbox, testbed.s3, testbed.settings(bucket).withRetention(Duration.ZERO));
    shipper.shipPending();
    append("new", 5);

    assertThat(shipper.prune()).isEqualTo(30);

    assertThat(testbed.count("SELECT count(*) FROM audit_outbox")).isEqualTo(5);
    ShippingStatistics statistics = testbed.outbox.inNewTransaction(OutboxQueries::statistics);
    assertThat(statistics.shipped()).as("totals survive pruning").isEqualTo(30);
    assertThat(statistics.pending()).isEqualTo(5);
    OutboxShipper keeping =
        new OutboxShipper(
            testbed.outbox,
            () -> testbed.s3,
            testbed.settings(bucket),
            new ShippingStatus(),
            Clock.systemUTC());
    keeping.shipPending();
    assertThat(keeping.prune()).as("7 days of retention keep fresh rows").isZero();
  }

  @Test
  void aTransactionIsLoggedOnlyOnceAndARolledBackOneNotAtAll() throws Exception {
    writer.append(record("dup", 1));
    assertThatThrownBy(() -> writer.append(record("dup", 1)))
        .hasMessageContaining("already in the transaction log");

    try (ResourceLocalOutbox.Open transaction = testbed.outbox.open()) {
      transaction.queries().append(record("rolled-back", 2));
    } // rolled back
    new OutboxShipper(testbed.outbox, testbed.s3, testbed.settings(bucket)).shipPending();

    assertThat(allRecords(testbed.objects(bucket)))
        .extracting(TransactionLogRecord::transactionId)
        .containsExactly("dup");
  }
}

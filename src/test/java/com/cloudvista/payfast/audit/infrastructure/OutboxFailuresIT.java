package com.cloudvista.payfast.audit.infrastructure;

import static com.cloudvista.payfast.audit.infrastructure.OutboxTestbed.allRecords;
import static com.cloudvista.payfast.audit.infrastructure.OutboxTestbed.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.audit.domain.TransactionLogRecord;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** Error paths of shipping: S3 down, a bucket that does not exist, an endpoint nobody serves. */
class OutboxFailuresIT {

  private final OutboxTestbed testbed = OutboxTestbed.start();
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Logger shipperLog = Logger.getLogger(OutboxShipper.class.getName());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private String bucket;

  @BeforeEach
  void reset() throws Exception {
    testbed.s3Proxy.start();
    bucket = testbed.reset();
    shipperLog.addHandler(capture);
  }

  @AfterEach
  void restore() throws Exception {
    shipperLog.removeHandler(capture);
    testbed.s3Proxy.start();
  }

  private List<String> messages(Level level) {
    return logged.stream().filter(r -> r.getLevel() == level).map(LogRecord::getMessage).toList();
  }

  private OutboxSettings fast(String bucketName) {
    return new OutboxSettings(
        bucketName,
        "transactions/",
        Optional.empty(),
        false,
        500,
        Duration.ofMillis(100),
        Duration.ofMillis(300),
        Duration.ofDays(7));
  }

  @Test
  void withS3DownTransfersStillCommitAndEverythingIsShippedOnceAfterItReturns() throws Exception {
    OutboxTestbed.ManualClock clock = new OutboxTestbed.ManualClock();
    OutboxShipper shipper =
        new OutboxShipper(
            testbed.outbox,
            () -> testbed.s3,
            testbed.settings(bucket),
            new ShippingStatus(),
            clock);
    testbed.s3Proxy.stop();

    ExecutorService transfers = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(
            transfers.submit(
                () -> {
                  for (int n = 0; n < 50; n++) { // each one a committed "ledger" transaction
                    testbed.outbox.append(record("down-" + thread + "-" + n, n));
                    if (n % 10 == 0) {
                      shipper.tick(); // the scheduler keeps running meanwhile
                      clock.advance(Duration.ofSeconds(1));
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS); // every append succeeded
      }
    } finally {
      transfers.shutdownNow();
    }
    assertThat(testbed.count("SELECT count(*) FROM audit_outbox WHERE shipped_at IS NULL"))
        .isEqualTo(200);
    assertThat(shipper.status().state()).isEqualTo("DOWN");
    assertThat(shipper.status().detail()).contains("S3 is unreachable");
    assertThat(shipper.status().uploadFailures()).isPositive();
    assertThat(messages(Level.SEVERE)).hasSize(1);

    testbed.s3Proxy.start();
    shipper.tick();
    assertThat(testbed.count("SELECT count(*) FROM audit_outbox WHERE shipped_at IS NULL"))
        .as("still backing off: nothing attempted before the backoff ends")
        .isEqualTo(200);
    clock.advance(Duration.ofSeconds(61));
    shipper.tick();

    List<TransactionLogRecord> shipped = allRecords(testbed.objects(bucket));
    assertThat(shipped).hasSize(200);
    assertThat(
            shipped.stream().map(TransactionLogRecord::transactionId).collect(Collectors.toSet()))
        .hasSize(200);
    assertThat(shipper.status().state()).isEqualTo("UP");
    assertThat(shipper.status().statistics().pending()).isZero();
    assertThat(messages(Level.INFO)).anySatisfy(m -> assertThat(m).contains("works again"));
  }

  @Test
  void aMissingBucketGivesOneClearErrorAndADownDetailWhileTheScheduleKeepsRunning()
      throws Exception {
    String missing = "outbox-it-missing-" + System.nanoTime();
    testbed.outbox.append(record("nobucket-1", 1));
    OutboxShipper shipper = new OutboxShipper(testbed.outbox, testbed.s3, fast(missing));
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      ScheduledFuture<?> schedule =
          scheduler.scheduleWithFixedDelay(shipper::tick, 0, 100, TimeUnit.MILLISECONDS);
      OutboxTestbed.await(
          Duration.ofSeconds(20),
          () -> shipper.status().uploadFailures() >= 4,
          "four failed uploads");

      assertThat(schedule.isDone()).as("no exception escaped into the scheduler").isFalse();
      assertThat(shipper.status().state()).isEqualTo("DOWN");
      assertThat(shipper.status().detail()).contains("'" + missing + "' does not exist");
      assertThat(messages(Level.SEVERE))
          .singleElement()
          .satisfies(
              m ->
                  assertThat(m)
                      .contains(
                          "s3://" + missing + "/transactions/",
                          "does not exist",
                          "transfers are unaffected"));

      testbed.s3.createBucket(b -> b.bucket(missing)); // the operator fixes it
      OutboxTestbed.await(
          Duration.ofSeconds(10), () -> "UP".equals(shipper.status().state()), "shipping recovers");
    } finally {
      scheduler.shutdownNow();
    }
    assertThat(allRecords(testbed.objects(missing)))
        .extracting(TransactionLogRecord::transactionId)
        .containsExactly("nobucket-1");
    assertThat(messages(Level.SEVERE)).hasSize(1);
  }

  @Test
  void anEndpointNobodyServesIsReportedAsUnreachable() throws Exception {
    int unused;
    try (ServerSocket socket = new ServerSocket(0)) {
      unused = socket.getLocalPort();
    }
    testbed.outbox.append(record("noendpoint-1", 1));
    try (S3Client nowhere = OutboxTestbed.client(URI.create("http://127.0.0.1:" + unused))) {
      OutboxShipper shipper = new OutboxShipper(testbed.outbox, nowhere, fast(bucket));

      shipper.tick();

      assertThat(shipper.status().state()).isEqualTo("DOWN");
      assertThat(shipper.status().detail()).startsWith("S3 is unreachable");
      assertThat(shipper.status().statistics().pending()).isEqualTo(1);
      assertThat(messages(Level.SEVERE))
          .singleElement()
          .satisfies(m -> assertThat(m).contains("S3 is unreachable"));
    }
  }
}

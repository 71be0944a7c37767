package com.cloudvista.payfast.faults;

import com.cloudvista.payfast.testing.S3ProxyServer;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The end-of-run invariants, from the database (a direct connection, not the faulty link), the S3
 * bucket and the API. Each is PASS or FAIL with a one-line detail; none is skipped.
 */
final class Checker {

  record Result(String invariant, boolean pass, String detail) {}

  private final FaultCluster cluster;
  private final Workload workload;
  final Map<String, Result> results = new LinkedHashMap<>();

  Checker(FaultCluster cluster, Workload workload) {
    this.cluster = cluster;
    this.workload = workload;
  }

  Map<String, Result> run(Duration holdExpiry) throws Exception {
    List<Workload.Call> calls = workload.calls;
    long unresolved = calls.stream().filter(c -> c.status < 0).count();
    record("every request got a definitive answer", unresolved == 0, unresolved + " without one");
    try (Connection db = cluster.openDatabase()) {
      conservation(db, calls);
      record(
          "no balance or available balance negative",
          count(
                  db,
                  "SELECT count(*) FROM account WHERE kind = 'WALLET' AND (balance < 0 OR balance - held < 0)")
              == 0,
          "0 wallets below zero");
      record(
          "every balance = sum of its entries",
          count(
                      db,
                      "SELECT count(*) FROM account a WHERE a.kind = 'WALLET' AND a.balance <> "
                          + "(SELECT coalesce(sum(e.amount), 0) FROM ledger_entry e WHERE e.account_id = a.id)")
                  == 0
              && count(
                      db,
                      "SELECT count(*) FROM account a WHERE a.kind = 'WALLET' AND a.held <> "
                          + "(SELECT coalesce(sum(h.amount), 0) FROM hold h WHERE h.wallet_id = a.id AND h.status = 'OPEN')")
                  == 0,
          "0 wallets whose balance or held differs from their entries / open holds");
      acknowledgedOnce(db, calls);
      retriedOnce(db, calls);
      holds(db, holdExpiry);
      s3Log(db);
    }
    walletViews();
    reconciliation();
    selfTest();
    return results;
  }

  /**
   * The checker's own check, against the same database: one more acknowledged deposit than the
   * ledger holds (money lost after a 2xx) must fail both the conservation and the exactly-once
   * invariants, so a run that loses money cannot pass.
   */
  private void selfTest() throws SQLException {
    Workload.Call lost =
        new Workload.Call(
            "deposit", "/api/v1/deposits", "checker-self-test", "checker", "USD", 1, "{}");
    lost.status = 201;
    lost.transactionId = java.util.UUID.randomUUID().toString();
    List<Workload.Call> calls = new java.util.ArrayList<>(workload.calls);
    calls.add(lost);
    Checker probe = new Checker(cluster, workload);
    try (Connection db = cluster.openDatabase()) {
      probe.conservation(db, calls);
      probe.acknowledgedOnce(db, calls);
    }
    boolean caught = probe.results.values().stream().noneMatch(Result::pass);
    record(
        "checker self-test: a lost acknowledged deposit fails both",
        caught,
        probe.results.values().stream()
            .map(r -> r.invariant() + " " + (r.pass() ? "PASS" : "FAIL"))
            .toList()
            .toString());
  }

  /**
   * Σ over every non-funding account (wallets, payouts, merchant settlement) = Σ acknowledged
   * deposits, per currency.
   */
  private void conservation(Connection db, List<Workload.Call> calls) throws SQLException {
    Map<String, Long> deposited = new HashMap<>();
    for (Workload.Call call : calls) {
      if (call.op.equals("deposit") && call.acknowledged()) {
        deposited.merge(call.currency, call.amount, Long::sum);
      }
    }
    StringBuilder detail = new StringBuilder();
    boolean pass = true;
    for (String currency : Workload.CURRENCIES) {
      long inside =
          count(
              db,
              "SELECT coalesce(sum(e.amount), 0) FROM ledger_entry e JOIN account a ON a.id = e.account_id "
                  + "WHERE a.kind <> 'FUNDING' AND e.currency = '"
                  + currency
                  + "'");
      long total =
          count(
              db,
              "SELECT coalesce(sum(amount), 0) FROM ledger_entry WHERE currency = '"
                  + currency
                  + "'");
      long in = deposited.getOrDefault(currency, 0L);
      pass &= inside == in && total == 0;
      detail.append(currency).append(' ').append(inside).append('/').append(in).append(' ');
    }
    record(
        "money per currency conserved",
        pass,
        detail.toString().trim() + " (held by accounts / acknowledged deposits)");
  }

  /**
   * Each acknowledged answer's transaction exists; per type, the ledger has exactly as many as were
   * acknowledged.
   */
  private void acknowledgedOnce(Connection db, List<Workload.Call> calls) throws SQLException {
    Map<String, Long> acked = new HashMap<>();
    long missing = 0;
    for (Workload.Call call : calls) {
      if (!call.acknowledged()) {
        continue;
      }
      acked.merge(call.op, 1L, Long::sum);
      if (count(
              db, "SELECT count(*) FROM ledger_transaction WHERE id = '" + call.transactionId + "'")
          != 1) {
        missing++;
      }
    }
    Map<String, Long> inDb = new HashMap<>();
    inDb.put(
        "deposit", count(db, "SELECT count(*) FROM ledger_transaction WHERE type = 'DEPOSIT'"));
    inDb.put(
        "transfer", count(db, "SELECT count(*) FROM ledger_transaction WHERE type = 'TRANSFER'"));
    inDb.put(
        "payment+hold",
        count(db, "SELECT count(*) FROM ledger_transaction WHERE type = 'PAYMENT'"));
    inDb.put(
        "reversal", count(db, "SELECT count(*) FROM ledger_transaction WHERE type = 'REVERSAL'"));
    inDb.put("capture", count(db, "SELECT count(*) FROM hold WHERE status = 'CAPTURED'"));
    inDb.put("void", count(db, "SELECT count(*) FROM hold WHERE status = 'VOIDED'"));
    Map<String, Long> expected = new HashMap<>(acked);
    expected.put(
        "payment+hold", acked.getOrDefault("payment", 0L) + acked.getOrDefault("hold", 0L));
    boolean pass = missing == 0;
    StringBuilder detail = new StringBuilder();
    for (Map.Entry<String, Long> entry : inDb.entrySet()) {
      long want = expected.getOrDefault(entry.getKey(), 0L);
      pass &= want == entry.getValue();
      if (want != entry.getValue()) {
        detail
            .append(entry.getKey())
            .append(' ')
            .append(entry.getValue())
            .append(" in DB vs ")
            .append(want)
            .append(" acknowledged; ");
      }
    }
    record("every acknowledged effect exists exactly once", pass, missing + " missing; " + detail);
  }

  /**
   * A retried key that ended 2xx: exactly one completed record, and it carries the acknowledged
   * transaction.
   */
  private void retriedOnce(Connection db, List<Workload.Call> calls) throws SQLException {
    long bad = 0;
    long retried = 0;
    try (PreparedStatement statement =
        db.prepareStatement(
            "SELECT response_body FROM idempotency_record WHERE idempotency_key = ? AND status = 'COMPLETED'")) {
      for (Workload.Call call : calls) {
        if (call.attempts < 2 || !call.acknowledged()) {
          continue;
        }
        retried++;
        statement.setString(1, call.key);
        int rows = 0;
        boolean same = false;
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            rows++;
            same = Workload.json(rs.getString(1)).getString("id").equals(call.transactionId);
          }
        }
        if (rows != 1 || !same) {
          bad++;
        }
      }
    }
    record(
        "every retried key has exactly one effect",
        bad == 0,
        retried + " retried and acknowledged, " + bad + " wrong");
  }

  /**
   * Waits until every hold has been captured, voided or expired (the sweeper runs every second on
   * both instances), so that the ledger is quiet before the S3 log is compared with the outbox; a
   * hold still OPEN more than 5 s past its expiry at any look is a failure.
   */
  private void holds(Connection db, Duration holdExpiry) throws Exception {
    Instant deadline = Instant.now().plus(holdExpiry).plusSeconds(15);
    long stale = 0;
    long open;
    do {
      stale =
          Math.max(
              stale,
              count(
                  db,
                  "SELECT count(*) FROM hold WHERE status = 'OPEN' AND expires_at < now() - interval '5 seconds'"));
      open = count(db, "SELECT count(*) FROM hold WHERE status = 'OPEN'");
      if (open == 0) {
        break;
      }
      Thread.sleep(1_000);
    } while (Instant.now().isBefore(deadline));
    record(
        "no hold OPEN past its expiry",
        stale == 0 && open == 0,
        stale + " open more than 5 s past expiry, " + open + " still open at the end");
  }

  /**
   * After the outbox drains, each outbox record is in exactly one line of the logs bucket, and
   * nothing else is.
   */
  private void s3Log(Connection db) throws Exception {
    Instant deadline = Instant.now().plusSeconds(120);
    long pending;
    while ((pending = count(db, "SELECT count(*) FROM audit_outbox WHERE shipped_at IS NULL")) > 0
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(1_000);
    }
    Map<String, Integer> expected = new HashMap<>();
    try (Statement statement = db.createStatement();
        ResultSet rs = statement.executeQuery("SELECT transaction_id, status FROM audit_outbox")) {
      while (rs.next()) {
        expected.merge(rs.getString(1) + "/" + rs.getString(2), 1, Integer::sum);
      }
    }
    long transactions = count(db, "SELECT count(*) FROM ledger_transaction");
    long withoutRecord =
        count(
            db,
            "SELECT count(*) FROM ledger_transaction t WHERE NOT EXISTS (SELECT 1 FROM audit_outbox o WHERE o.transaction_id = t.id::text)");
    Map<String, Integer> found = new HashMap<>();
    try (S3Client s3 = s3Client()) {
      for (S3Object object :
          s3.listObjectsV2Paginator(r -> r.bucket(FaultCluster.LOGS_BUCKET)).contents()) {
        if (object.key().endsWith("/")) {
          continue;
        }
        try (BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(
                    new GZIPInputStream(
                        s3.getObject(r -> r.bucket(FaultCluster.LOGS_BUCKET).key(object.key()))),
                    StandardCharsets.UTF_8))) {
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            JsonObject record = Workload.json(line);
            found.merge(
                record.getString("transactionId") + "/" + record.getString("status", "COMPLETED"),
                1,
                Integer::sum);
          }
        }
      }
    }
    long duplicated = found.values().stream().filter(n -> n > 1).count();
    long lost = expected.keySet().stream().filter(k -> !found.containsKey(k)).count();
    long unknown = found.keySet().stream().filter(k -> !expected.containsKey(k)).count();
    record(
        "every transaction in the S3 log exactly once",
        pending == 0 && duplicated == 0 && lost == 0 && unknown == 0 && withoutRecord == 0,
        transactions
            + " transactions, "
            + expected.size()
            + " records; "
            + pending
            + " unshipped, "
            + lost
            + " lost, "
            + duplicated
            + " duplicated, "
            + unknown
            + " unknown, "
            + withoutRecord
            + " without an outbox record");
  }

  /**
   * Each instance's API answer for every wallet (read cache and all, after the Redis outages) shows
   * the balance and available balance the database holds.
   */
  private void walletViews() throws Exception {
    long stale = 0;
    long read = 0;
    try (Connection db = cluster.openDatabase();
        PreparedStatement statement =
            db.prepareStatement("SELECT balance, balance - held FROM account WHERE id = ?::uuid")) {
      for (Workload.User user : workload.users()) {
        for (String wallet : user.wallets()) {
          statement.setString(1, wallet);
          long balance;
          long available;
          try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            balance = rs.getLong(1);
            available = rs.getLong(2);
          }
          for (LibertyInstance instance : cluster.instances) {
            HttpResponse<String> response =
                workload.getAs(
                    user, "http://127.0.0.1:" + instance.httpPort + "/api/v1/wallets/" + wallet);
            read++;
            JsonObject view = response.statusCode() == 200 ? Workload.json(response.body()) : null;
            if (view == null
                || view.getJsonNumber("balance").longValue() != balance
                || view.getJsonNumber("availableBalance").longValue() != available) {
              stale++;
            }
          }
        }
      }
    }
    record(
        "every instance's API shows the database's balances",
        stale == 0,
        read + " wallet reads, " + stale + " differing");
  }

  private void reconciliation() throws InterruptedException {
    HttpResponse<String> response = workload.adminGet("/api/v1/admin/reconciliation");
    boolean clean =
        response.statusCode() == 200
            && Workload.json(response.body()).getJsonArray("mismatches").isEmpty();
    record(
        "admin reconciliation clean",
        clean,
        response.statusCode() + (clean ? "" : " " + response.body()));
  }

  private S3Client s3Client() {
    return S3Client.builder()
        .endpointOverride(URI.create(cluster.s3.endpoint()))
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void record(String invariant, boolean pass, String detail) {
    results.put(invariant, new Result(invariant, pass, detail));
  }
}

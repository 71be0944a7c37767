package com.cloudvista.payfast.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the fault suite: the cluster up, the workload running, the faults of a fixed schedule
 * one after another (with quiet gaps between them), the workload stopped, the checker, the table.
 *
 * <p>{@link #shortRun()} is what {@code ./mvnw verify} runs (FaultInjectionIT); {@link
 * #fullRun(Duration)} repeats the whole cycle of faults, with the outage lengths, until the
 * duration is used up (at least twice). Both are fixed sequences: the same faults in the same order
 * at the same gaps.
 */
public final class FaultRun {

  /**
   * A fault's lengths: how long Redis and S3 stay down, how long and how much the database link is
   * slowed.
   */
  record Plan(
      String name,
      int cycles,
      Duration minimum,
      Duration gap,
      Duration redisDown,
      Duration s3Down,
      Duration dbDelayFor,
      Duration dbDelay,
      int users,
      int workers,
      Duration holdExpiry,
      boolean restartInBackground) {}

  static Plan shortRun() {
    return new Plan(
        "short",
        1,
        Duration.ZERO,
        Duration.ofSeconds(3),
        Duration.ofSeconds(8),
        Duration.ofSeconds(10),
        Duration.ofSeconds(6),
        Duration.ofMillis(150),
        6,
        4,
        Duration.ofSeconds(10),
        true);
  }

  static Plan fullRun(Duration duration) {
    return new Plan(
        "full",
        2,
        duration,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofSeconds(20),
        Duration.ofMillis(200),
        10,
        8,
        Duration.ofSeconds(30),
        false);
  }

  /** Count and total time of each fault, in schedule order. */
  private final Map<String, long[]> faults = new LinkedHashMap<>();

  private final Plan plan;
  private final Path target;
  Map<String, Checker.Result> results;
  String table;

  FaultRun(Plan plan, Path target) {
    this.plan = plan;
    this.target = target;
  }

  boolean passed() {
    return results.values().stream().allMatch(Checker.Result::pass);
  }

  FaultRun run() throws Exception {
    try (FaultCluster cluster = new FaultCluster(target, plan.holdExpiry())) {
      log("starting PostgreSQL, Redis, S3Proxy and two instances");
      cluster.start();
      Workload workload = new Workload(cluster.baseUrl(), 21, Duration.ofSeconds(180));
      workload.setUp(plan.users());
      long workStart = System.nanoTime();
      List<Thread> workers = workload.start(plan.workers());
      for (int cycle = 0;
          cycle < plan.cycles() || System.nanoTime() - workStart < plan.minimum().toNanos();
          cycle++) {
        LibertyInstance victim = cluster.instances.get(cycle % 2);
        pause();
        Thread restart = null;
        if (plan.restartInBackground()) {
          // the short run: the killed instance restarts while the other faults go on
          fault("kill -9 of one instance", victim::kill9);
          restart =
              new Thread(
                  () ->
                      timed(
                          "restart of the killed instance to ready",
                          () -> {
                            victim.start();
                            victim.awaitReady(Duration.ofSeconds(240));
                          }),
                  "restart-" + victim.name);
          restart.start();
        } else {
          fault(
              "kill -9 of one instance (+ restart to ready)",
              () -> {
                victim.kill9();
                victim.start();
                victim.awaitReady(Duration.ofSeconds(240));
              });
        }
        pause();
        fault("PostgreSQL crash restart (-m immediate)", cluster::restartPostgres);
        pause();
        fault(
            "Redis down",
            () -> {
              cluster.stopRedis();
              Thread.sleep(plan.redisDown().toMillis());
              cluster.startRedis();
            });
        pause();
        fault(
            "S3 down",
            () -> {
              cluster.s3.stop();
              Thread.sleep(plan.s3Down().toMillis());
              cluster.s3.start();
            });
        pause();
        fault(
            "database link +" + 2 * plan.dbDelay().toMillis() + " ms a round trip",
            () -> {
              cluster.database.delay(plan.dbDelay());
              Thread.sleep(plan.dbDelayFor().toMillis());
              cluster.database.delay(Duration.ZERO);
            });
        if (restart != null) {
          restart.join();
          if (restartFailure != null) {
            throw restartFailure;
          }
        }
        log("cycle " + (cycle + 1) + " done, " + workload.calls.size() + " requests so far");
      }
      pause();
      workload.stop();
      for (Thread worker : workers) {
        worker.join();
      }
      long workSeconds = (System.nanoTime() - workStart) / 1_000_000_000;
      log("workload stopped; checking");
      results = new Checker(cluster, workload).run(plan.holdExpiry());
      table = table(workload, workSeconds);
      Files.createDirectories(target.resolve("faults"));
      Files.writeString(target.resolve("faults/report-" + plan.name() + ".md"), table);
      System.out.println(table);
    }
    return this;
  }

  private void pause() throws InterruptedException {
    Thread.sleep(plan.gap().toMillis());
  }

  interface Action {
    void run() throws Exception;
  }

  private volatile Exception restartFailure;

  private void timed(String name, Action action) {
    try {
      fault(name, action);
    } catch (Exception e) {
      restartFailure = e;
    }
  }

  private void fault(String name, Action action) throws Exception {
    log("fault: " + name);
    long start = System.nanoTime();
    action.run();
    synchronized (faults) {
      long[] entry = faults.computeIfAbsent(name, n -> new long[2]);
      entry[0]++;
      entry[1] += (System.nanoTime() - start) / 1_000_000;
    }
  }

  private String table(Workload workload, long workSeconds) {
    List<Workload.Call> calls = new ArrayList<>(workload.calls);
    long acknowledged = calls.stream().filter(Workload.Call::acknowledged).count();
    long refused = calls.stream().filter(c -> c.status >= 400).count();
    long retried = calls.stream().filter(c -> c.attempts > 1).count();
    long attempts = calls.stream().mapToLong(c -> c.attempts).sum();
    long maxWait = calls.stream().mapToLong(c -> c.waitedMillis).max().orElse(0);
    StringBuilder out = new StringBuilder();
    out.append("| fault suite (")
        .append(plan.name())
        .append(", ")
        .append(workSeconds)
        .append(" s of workload, ")
        .append(plan.workers())
        .append(" workers, 2 instances) | |\n| --- | --- |\n");
    out.append("| requests | ")
        .append(calls.size())
        .append(" (")
        .append(attempts)
        .append(" attempts) |\n");
    out.append("| acknowledged (2xx) | ").append(acknowledged).append(" |\n");
    out.append("| refused (4xx, stored) | ").append(refused).append(" |\n");
    out.append("| retried (same key) | ").append(retried).append(" |\n");
    for (Map.Entry<String, long[]> fault : faults.entrySet()) {
      out.append("| ")
          .append(fault.getKey())
          .append(" | ")
          .append(fault.getValue()[0])
          .append("x, ")
          .append(String.format("%.1f", fault.getValue()[1] / 1000.0))
          .append(" s in all |\n");
    }
    for (Checker.Result result : results.values()) {
      out.append("| ")
          .append(result.invariant())
          .append(" | ")
          .append(result.pass() ? "PASS" : "FAIL")
          .append(" — ")
          .append(result.detail().replace("|", "/"))
          .append(" |\n");
    }
    out.append("| max time a request waited (first send to final answer) | ")
        .append(String.format("%.1f", maxWait / 1000.0))
        .append(" s |\n");
    return out.toString();
  }

  private static void log(String message) {
    System.out.println("[faults " + java.time.LocalTime.now().withNano(0) + "] " + message);
  }

  /**
   * The full run: {@code faults/run.sh [duration]} (e.g. 10m; "short" runs the build's short plan);
   * exits non-zero when an invariant fails.
   */
  public static void main(String[] args) throws Exception {
    String argument = args.length > 0 ? args[0] : "10m";
    Plan plan =
        argument.equals("short")
            ? shortRun()
            : fullRun(com.cloudvista.payfast.platform.config.Durations.parse(argument));
    FaultRun run =
        new FaultRun(plan, Path.of(System.getProperty("project.basedir", ".")).resolve("target"))
            .run();
    System.exit(run.passed() ? 0 : 1);
  }
}

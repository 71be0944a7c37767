package com.cloudvista.payfast.faults;

import com.cloudvista.payfast.testing.S3ProxyServer;
import com.cloudvista.payfast.testing.TcpProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Everything the fault suite breaks, all private to it (never the machine's shared PostgreSQL or
 * Redis): a PostgreSQL cluster of its own, a redis-server, an S3Proxy, a TCP proxy on the database
 * link (delay, cuts), two application instances from the same build and a round-robin balancer.
 */
final class FaultCluster implements AutoCloseable {

  static final String DATABASE = "payfast_faults";
  static final String ADMIN_EMAIL = "admin@faults.payfast.test";
  static final String LOGS_BUCKET = "payfast-faults-logs";

  final int pgPort = Integer.getInteger("faults.pg.port", 9432);
  final int dbProxyPort = Integer.getInteger("faults.db.proxy.port", 9433);
  final int redisPort = Integer.getInteger("faults.redis.port", 6391);
  final int s3Port = Integer.getInteger("faults.s3.port", 9497);
  final int balancerPort = Integer.getInteger("faults.balancer.port", 9479);
  private final Path pgBin = postgresBin();
  private final Path pgData =
      Path.of(System.getProperty("java.io.tmpdir"), "payfast-faults-pg-" + pgPort);
  private final Path work;
  final S3ProxyServer s3;
  final TcpProxy database;
  final TcpProxy balancer;
  final List<LibertyInstance> instances = new ArrayList<>();
  private Process redis;

  FaultCluster(Path target, Duration holdExpiry) {
    work = target.resolve("faults");
    Path wlp = target.resolve("liberty/wlp");
    s3 =
        new S3ProxyServer(
            wlp.resolve("usr/servers/defaultServer/tools/s3proxy-jar-with-dependencies.jar"),
            work.resolve("s3"),
            s3Port);
    database = new TcpProxy("faults-db", dbProxyPort, pgPort);
    int[] http = {
      Integer.getInteger("faults.a.port", 9480), Integer.getInteger("faults.b.port", 9481)
    };
    int[] https = {http[0] + 3, http[1] + 3};
    String[] names = {"faults-a", "faults-b"};
    for (int i = 0; i < 2; i++) {
      instances.add(
          new LibertyInstance(wlp, names[i], http[i], https[i], options(http[i], holdExpiry)));
    }
    balancer = new TcpProxy("faults-balancer", balancerPort, http);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + balancerPort;
  }

  private List<String> options(int httpPort, Duration holdExpiry) {
    String self = "http://localhost:" + httpPort;
    return List.of(
        "-Dpayfast.db.url=jdbc:postgresql://127.0.0.1:" + dbProxyPort + "/" + DATABASE,
        "-Dpayfast.db.startup-retry=1s",
        "-Dpayfast.redis.url=redis://127.0.0.1:" + redisPort + "/0",
        "-Dpayfast.s3.endpoint=" + s3.endpoint(),
        "-Dpayfast.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
        "-Dpayfast.s3.secret-key=" + S3ProxyServer.SECRET_KEY,
        "-Dpayfast.s3.path-style=true",
        "-Dpayfast.s3.logs-bucket=" + LOGS_BUCKET,
        "-Dpayfast.s3.reports-bucket=payfast-faults-reports",
        "-Dpayfast.health.probe-interval=1s",
        // one public address (the balancer) for both; each verifies tokens against its own JWKS
        // (the signing keys live in the shared database)
        "-Dpayfast.public-url=" + baseUrl(),
        "-Dpayfast.auth.issuer=" + baseUrl() + "/auth/v1",
        "-Dpayfast.auth.jwks-uri=" + self + "/auth/v1/.well-known/jwks.json",
        "-Dpayfast.auth.admin-emails=" + ADMIN_EMAIL,
        "-Dpayfast.auth.access-token-ttl=6h",
        "-Dpayfast.paging.cursor-secret=payfast-faults-cursor-secret-shared-by-both",
        "-Dpayfast.holds.expiry=" + holdExpiry.toSeconds() + "s",
        "-Dpayfast.holds.sweep-interval=1s",
        "-Dpayfast.ratelimit.transactions.limit=1000000",
        "-Dpayfast.ratelimit.signup-ip.limit=1000000");
  }

  // ------------------------------------------------------------------ start and stop

  void start() throws Exception {
    Files.createDirectories(work);
    startPostgres();
    s3.wipe();
    s3.start();
    startRedis();
    database.restore();
    // `server start` returns once the JVM is launched and Liberty is up: both at once
    List<Thread> starting = new ArrayList<>();
    List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (LibertyInstance instance : instances) {
      instance.prepare();
      Thread thread =
          new Thread(
              () -> {
                try {
                  instance.start();
                } catch (Exception e) {
                  failures.add(e);
                }
              },
              "start-" + instance.name);
      thread.start();
      starting.add(thread);
    }
    for (Thread thread : starting) {
      thread.join();
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    balancer.restore();
    for (LibertyInstance instance : instances) {
      instance.awaitReady(Duration.ofSeconds(240));
    }
  }

  @Override
  public void close() throws Exception {
    for (LibertyInstance instance : instances) {
      try {
        instance.stop();
      } catch (Exception e) {
        System.err.println("[faults] could not stop " + instance.name + ": " + e);
      }
    }
    balancer.close();
    database.close();
    stopRedis();
    s3.stop();
    pgCtl("stop", "-m", "fast");
  }

  // ------------------------------------------------------------------ PostgreSQL

  private void startPostgres() throws Exception {
    if (Files.exists(pgData.resolve("postmaster.pid"))) {
      pgCtl("stop", "-m", "immediate");
    }
    run(List.of("rm", "-rf", pgData.toString()), false);
    Files.createDirectories(pgData);
    if (asRoot()) {
      run(List.of("chown", "postgres:postgres", pgData.toString()), true);
    }
    run(
        postgresUser(
            pgBin.resolve("initdb").toString(),
            "-D",
            pgData.toString(),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync"),
        true);
    Files.writeString(
        pgData.resolve("postgresql.auto.conf"),
        "port = "
            + pgPort
            + "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '"
            + pgData
            + "'\n"
            + "max_connections = 100\nfsync = off\nsynchronous_commit = on\nshared_buffers = 64MB\n");
    if (asRoot()) {
      run(
          List.of("chown", "postgres:postgres", pgData.resolve("postgresql.auto.conf").toString()),
          true);
    }
    pgCtl("start");
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE);
    }
  }

  /**
   * A crash restart: every backend killed at once (open transactions lost), then crash recovery.
   */
  void restartPostgres() throws Exception {
    pgCtl("restart", "-m", "immediate");
  }

  Connection openDatabase() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + DATABASE, "postgres", "");
  }

  /** {@code faults.pg.bin}, else the newest /usr/lib/postgresql/N/bin (Debian's layout). */
  private static Path postgresBin() {
    String configured = System.getProperty("faults.pg.bin");
    if (configured != null) {
      return Path.of(configured);
    }
    try (java.util.stream.Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
          .max(
              java.util.Comparator.comparingInt(
                  v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
          .map(v -> v.resolve("bin"))
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "no PostgreSQL under /usr/lib/postgresql (set -Dfaults.pg.bin)"));
    } catch (IOException e) {
      throw new IllegalStateException(
          "no PostgreSQL under /usr/lib/postgresql (set -Dfaults.pg.bin)", e);
    }
  }

  private void pgCtl(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                pgBin.resolve("pg_ctl").toString(),
                "-D",
                pgData.toString(),
                "-w",
                "-t",
                "60",
                "-l",
                pgData.resolve("server.log").toString()));
    command.addAll(List.of(args));
    run(postgresUser(command.toArray(String[]::new)), false);
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** initdb and postgres refuse to run as root: as root, run them as the postgres user. */
  private static List<String> postgresUser(String... command) {
    List<String> full = new ArrayList<>();
    if (asRoot()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(List.of(command));
    return full;
  }

  // ------------------------------------------------------------------ Redis

  void startRedis() throws IOException, InterruptedException {
    redis =
        new ProcessBuilder(
                "redis-server",
                "--port",
                Integer.toString(redisPort),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("redis.log").toFile()))
            .start();
    for (int i = 0; i < 100; i++) {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", redisPort)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("redis-server did not start on " + redisPort);
  }

  /**
   * Redis gone: the process ends (an empty Redis comes back: no persistence, as a failover replica
   * may).
   */
  void stopRedis() throws InterruptedException {
    if (redis != null) {
      redis.destroy();
      redis.waitFor(10, TimeUnit.SECONDS);
      redis.destroyForcibly();
      redis = null;
    }
  }

  // ------------------------------------------------------------------ helpers

  private void run(List<String> command, boolean mustSucceed)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("commands.log").toFile()))
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    if (mustSucceed && process.exitValue() != 0) {
      throw new IllegalStateException(
          "failed ("
              + process.exitValue()
              + "): "
              + command
              + ", see "
              + work.resolve("commands.log"));
    }
  }
}

package com.cloudvista.payfast.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.FileUtils;

/**
 * A PostgreSQL cluster of the test's own (initdb into a folder, own port), with password
 * authentication ({@code scram-sha-256}) for every connection, local ones included: the machine's
 * shared server trusts every login, so a password change there would prove nothing, and tests must
 * not reconfigure it. PostgreSQL refuses to run as root; as root the cluster runs as the {@code
 * postgres} user. The binaries come from {@code it.pg.bindir} (Debian's PostgreSQL 15 by default).
 */
public final class PrivatePostgres implements AutoCloseable {

  private static final String SUPERUSER = "postgres";

  private final Path directory;
  private final int port;
  private final Path bin;
  private final String superuserPassword = UUID.randomUUID().toString();
  private boolean running;

  private PrivatePostgres(Path directory, int port) {
    this.directory = directory;
    this.port = port;
    this.bin = Path.of(System.getProperty("it.pg.bindir", "/usr/lib/postgresql/15/bin"));
  }

  /**
   * A new, empty cluster in {@code directory} (whatever was there is deleted), started on {@code
   * port}.
   */
  public static PrivatePostgres start(Path directory, int port)
      throws IOException, InterruptedException {
    PrivatePostgres postgres = new PrivatePostgres(directory, port);
    postgres.initAndStart();
    return postgres;
  }

  private void initAndStart() throws IOException, InterruptedException {
    if (!Files.isExecutable(bin.resolve("initdb"))) {
      throw new IllegalStateException(
          "No PostgreSQL binaries in "
              + bin
              + " (apt-get install postgresql-15, or set -Dit.pg.bindir)");
    }
    FileUtils.deleteDirectory(directory.toFile());
    Files.createDirectories(directory);
    Path passwordFile = directory.resolve("superuser-password");
    Files.writeString(passwordFile, superuserPassword, StandardCharsets.UTF_8);
    if (asRoot()) {
      run(List.of("chown", "-R", "postgres:postgres", directory.toString()), false);
    }
    run(
        List.of(
            bin.resolve("initdb").toString(),
            "-D",
            data().toString(),
            "-U",
            SUPERUSER,
            "--auth=scram-sha-256",
            "--pwfile=" + passwordFile,
            "-E",
            "UTF8",
            "--no-sync"),
        true);
    run(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data().toString(),
            "-l",
            directory.resolve("postgres.log").toString(),
            "-w",
            "-t",
            "60",
            "-o",
            "-p "
                + port
                + " -k "
                + directory
                + " -c listen_addresses=127.0.0.1 -c fsync=off -c log_connections=on",
            "start"),
        true);
    running = true;
  }

  /** A connection to {@code database} as the superuser. */
  public Connection superuser(String database) throws SQLException {
    return connect(database, SUPERUSER, superuserPassword);
  }

  public Connection connect(String database, String user, String password) throws SQLException {
    return DriverManager.getConnection(url(database), user, password);
  }

  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** How far the server log is written now: a mark for {@link #logSince}. */
  public long logMark() throws IOException {
    return Files.size(log());
  }

  /**
   * What the server logged after {@code mark} (with log_connections: every login and its method).
   */
  public String logSince(long mark) throws IOException {
    byte[] all = Files.readAllBytes(log());
    return new String(all, (int) mark, all.length - (int) mark, StandardCharsets.UTF_8);
  }

  private Path log() {
    return directory.resolve("postgres.log");
  }

  @Override
  public synchronized void close() throws IOException, InterruptedException {
    if (running) {
      running = false;
      run(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              data().toString(),
              "-m",
              "immediate",
              "-w",
              "stop"),
          true);
    }
  }

  private Path data() {
    return directory.resolve("data");
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private void run(List<String> command, boolean asPostgres)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asPostgres && asRoot()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Path output = Files.createTempFile("private-postgres", ".log");
    try {
      Process process =
          new ProcessBuilder(full)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("Timed out: " + String.join(" ", full));
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "Failed ("
                + process.exitValue()
                + "): "
                + String.join(" ", full)
                + "\n"
                + Files.readString(output));
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }
}

package com.cloudvista.payfast.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.io.FileUtils;

/**
 * A second Liberty server for an IT that needs its own settings (a database the build's IT server
 * does not use): made the way the container image makes its server, from the Liberty runtime the
 * build installed, {@code src/main/liberty/config/server.xml}, the JDBC folder {@code
 * target/lib/jdbc} and the packaged WAR, with its settings as JVM system properties.
 */
public final class StandaloneServer implements AutoCloseable {

  /** A small test server's JVM, before the caller's options (a repeated option: the last wins). */
  private static final List<String> SMALL_JVM =
      List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");

  private final Path basedir = Path.of(System.getProperty("project.basedir", "."));
  private final Path wlp = basedir.resolve("target/liberty/wlp");
  private final String name;
  private final int httpPort;
  private final List<String> jvmOptions;
  private Set<String> leftOutOfWar = Set.of();
  private boolean started;

  public StandaloneServer(String name, int httpPort, List<String> jvmOptions) {
    this.name = name;
    this.httpPort = httpPort;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  /**
   * Leaves these entries (paths inside the WAR) out of the server's copy of the packaged WAR: a
   * build-time file, to see what the code alone makes.
   */
  public StandaloneServer withoutWarEntries(String... entries) {
    leftOutOfWar = Set.of(entries);
    return this;
  }

  public String baseUrl() {
    return "http://localhost:" + httpPort;
  }

  public Path messagesLog() {
    return wlp.resolve("usr/servers/" + name + "/logs/messages.log");
  }

  /** Creates the server folder afresh, starts the server and waits until /health/ready is UP. */
  public StandaloneServer start(Duration timeout) throws IOException, InterruptedException {
    Path server = wlp.resolve("usr/servers/" + name);
    if (!Files.isExecutable(wlp.resolve("bin/server"))) {
      throw new IllegalStateException(
          "No Liberty runtime at " + wlp + " (the build's pre-integration-test installs it)");
    }
    if (Files.exists(server)) {
      command("stop"); // a server left running by an interrupted run
      FileUtils.deleteDirectory(server.toFile());
    }
    Files.createDirectories(server.resolve("lib/jdbc"));
    Files.createDirectories(server.resolve("dropins"));
    Files.copy(basedir.resolve("src/main/liberty/config/server.xml"), server.resolve("server.xml"));
    try (Stream<Path> jars = Files.list(basedir.resolve("target/lib/jdbc"))) {
      for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
        Files.copy(jar, server.resolve("lib/jdbc").resolve(jar.getFileName()));
      }
    }
    copyWar(basedir.resolve("target/payfast.war"), server.resolve("dropins/payfast.war"));
    Files.writeString(
        server.resolve("bootstrap.properties"),
        "http.port=" + httpPort + "\nhttps.port=" + (httpPort + 1) + "\n");
    List<String> options = new ArrayList<>(SMALL_JVM);
    options.addAll(jvmOptions);
    Files.write(server.resolve("jvm.options"), options);
    started = true;
    command("start");
    awaitReady(timeout);
    return this;
  }

  private void copyWar(Path war, Path target) throws IOException {
    if (leftOutOfWar.isEmpty()) {
      Files.copy(war, target, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(war));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!leftOutOfWar.contains(entry.getName())) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          in.transferTo(out);
          out.closeEntry();
        }
      }
    }
  }

  private void awaitReady(Duration timeout) throws InterruptedException {
    LibertyServers.awaitReady("Server " + name, baseUrl(), timeout, messagesLog());
  }

  @Override
  public synchronized void close() throws IOException, InterruptedException {
    if (started) {
      started = false;
      command("stop");
    }
  }

  private void command(String action) throws IOException, InterruptedException {
    LibertyServers.run(wlp, action, name, Duration.ofSeconds(120), ProcessBuilder.Redirect.DISCARD);
  }
}

package com.cloudvista.payfast.faults;

import com.cloudvista.payfast.testing.LibertyServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;

/**
 * One application instance: a server folder copied from the build's {@code defaultServer} (same
 * server.xml, loose application, libraries) under another name, with its own ports and settings,
 * started with Liberty's own {@code server start} and killed with a real SIGKILL of its JVM.
 */
final class LibertyInstance {

  private final Path wlp;
  final String name;
  final int httpPort;
  private final int httpsPort;
  private final List<String> jvmOptions;

  LibertyInstance(Path wlp, String name, int httpPort, int httpsPort, List<String> jvmOptions) {
    this.wlp = wlp;
    this.name = name;
    this.httpPort = httpPort;
    this.httpsPort = httpsPort;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  Path directory() {
    return wlp.resolve("usr/servers").resolve(name);
  }

  /** (Re)creates the server folder from defaultServer: everything but its logs and work area. */
  void prepare() throws IOException {
    Path template = wlp.resolve("usr/servers/defaultServer");
    if (!Files.isRegularFile(template.resolve("server.xml"))) {
      throw new IllegalStateException(
          "No built server at " + template + " (run the Maven build first)");
    }
    Path target = directory();
    FileUtils.deleteDirectory(target.toFile());
    try (Stream<Path> paths = Files.walk(template)) {
      for (Path source : paths.toList()) {
        Path relative = template.relativize(source);
        if (relative.startsWith("logs")
            || relative.startsWith("workarea")
            || relative.startsWith("bootstrap.properties")) {
          continue;
        }
        Path copy = target.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.writeString(
        target.resolve("bootstrap.properties"),
        "http.port=" + httpPort + "\nhttps.port=" + httpsPort + "\n");
    // The template's options first (heap, the IT's settings), then ours: for a repeated -D the last
    // wins.
    List<String> options = new ArrayList<>();
    Path templateOptions = template.resolve("jvm.options");
    if (Files.exists(templateOptions)) {
      options.addAll(Files.readAllLines(templateOptions));
    }
    options.addAll(jvmOptions);
    Files.write(target.resolve("jvm.options"), options);
  }

  void start() throws IOException, InterruptedException {
    run(Duration.ofSeconds(120), "start");
  }

  /** SIGKILL of the server JVM (the pid Liberty wrote at start): no shutdown hook, no cleanup. */
  void kill9() throws IOException, InterruptedException {
    long pid = pid();
    ProcessHandle handle =
        ProcessHandle.of(pid)
            .orElseThrow(() -> new IllegalStateException(name + " is not running"));
    new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
    handle.onExit().join();
  }

  void stop() throws IOException, InterruptedException {
    run(Duration.ofSeconds(60), "stop");
  }

  long pid() throws IOException {
    return Long.parseLong(
        Files.readString(wlp.resolve("usr/servers/.pid").resolve(name + ".pid")).trim());
  }

  /** Polls /health/ready on this instance's own port until it answers 200. */
  void awaitReady(Duration timeout) throws InterruptedException {
    LibertyServers.awaitReady(
        name, "http://127.0.0.1:" + httpPort, timeout, directory().resolve("logs"));
  }

  private void run(Duration timeout, String action) throws IOException, InterruptedException {
    LibertyServers.run(
        wlp,
        action,
        name,
        timeout,
        ProcessBuilder.Redirect.appendTo(
            directory().resolve("server-" + action + ".log").toFile()));
  }
}

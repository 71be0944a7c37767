package com.cloudvista.payfast.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real S3 API server (S3Proxy, filesystem store) in a child process that tests can stop and start
 * again; its files survive a restart, as a real bucket would.
 */
public final class S3ProxyServer implements AutoCloseable {

  public static final String ACCESS_KEY = "payfast-it";
  public static final String SECRET_KEY = "payfast-it-secret";

  private final Path jar;
  private final Path directory;
  private final int port;
  private Process process;

  public S3ProxyServer(Path jar, Path directory, int port) {
    this.jar = jar;
    this.directory = directory;
    this.port = port;
  }

  public synchronized S3ProxyServer start() throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      return this;
    }
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("S3Proxy jar missing at " + jar + " (built by `./mvnw verify`)");
    }
    Path data = Files.createDirectories(directory.resolve("data"));
    Path properties = directory.resolve("s3proxy.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "s3proxy.endpoint=http://127.0.0.1:" + port,
            "s3proxy.authorization=aws-v2-or-v4",
            "s3proxy.identity=" + ACCESS_KEY,
            "s3proxy.credential=" + SECRET_KEY,
            "jclouds.provider=filesystem",
            "jclouds.filesystem.basedir=" + data.toAbsolutePath(),
            ""));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process =
        new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString(), "--properties", properties.toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("s3proxy.log").toFile()))
            .start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!listening()) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("S3Proxy did not start; see " + directory.resolve("s3proxy.log"));
      }
      Thread.sleep(100);
    }
    return this;
  }

  /** Deletes every stored object and bucket, for a run that starts from nothing. */
  public synchronized void wipe() throws IOException {
    Path data = directory.resolve("data");
    if (Files.exists(data)) {
      try (var paths = Files.walk(data)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  public synchronized void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      process.waitFor();
      process = null;
    }
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  private boolean listening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}

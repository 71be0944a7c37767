package com.cloudvista.payfast.testing;

import com.cloudvista.payfast.platform.storage.EmbeddedS3Proxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.io.FileUtils;

/**
 * A real S3 API server (S3Proxy, filesystem store) in a child process that tests can stop and start
 * again; its files survive a restart, as a real bucket would. The same launcher the application
 * uses for development.
 */
public final class S3ProxyServer implements AutoCloseable {

  public static final String ACCESS_KEY = "payfast-it";
  public static final String SECRET_KEY = "payfast-it-secret";

  private final Path jar;
  private final Path directory;
  private final int port;
  private EmbeddedS3Proxy process;

  public S3ProxyServer(Path jar, Path directory, int port) {
    this.jar = jar;
    this.directory = directory;
    this.port = port;
  }

  public synchronized S3ProxyServer start() throws IOException, InterruptedException {
    if (process != null) {
      return this;
    }
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "S3Proxy jar missing at " + jar + " (built by `./mvnw verify`)");
    }
    Files.createDirectories(directory);
    process = EmbeddedS3Proxy.start(jar, directory.resolve("data"), port, ACCESS_KEY, SECRET_KEY);
    if (!process.awaitListening(port, Duration.ofSeconds(60))) {
      process.close();
      process = null;
      throw new IllegalStateException(
          "S3Proxy did not start; see " + directory.resolve("s3proxy.log"));
    }
    return this;
  }

  /** Deletes every stored object and bucket, for a run that starts from nothing. */
  public synchronized void wipe() throws IOException {
    FileUtils.deleteDirectory(directory.resolve("data").toFile());
  }

  public synchronized void stop() throws InterruptedException {
    if (process != null) {
      process.close();
      process = null;
    }
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}

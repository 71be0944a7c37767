package com.cloudvista.payfast.platform.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * S3Proxy, a real S3 API server over a local folder, run as a child process for development
 * (`./mvnw liberty:run` with no S3 configured). Its jar is put in target/tools by the build.
 */
public final class EmbeddedS3Proxy implements AutoCloseable {

  static final String ACCESS_KEY = "local-dev";
  static final String SECRET_KEY = "local-dev-secret";

  private final Process process;

  private EmbeddedS3Proxy(Process process) {
    this.process = process;
  }

  static EmbeddedS3Proxy start(Path jar, Path dataDirectory, int port) throws IOException {
    return start(jar, dataDirectory, port, ACCESS_KEY, SECRET_KEY);
  }

  /** Starts S3Proxy storing buckets in {@code dataDirectory}; its log goes next to that folder. */
  public static EmbeddedS3Proxy start(
      Path jar, Path dataDirectory, int port, String identity, String credential)
      throws IOException {
    Files.createDirectories(dataDirectory);
    Path properties = dataDirectory.resolveSibling("s3proxy.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "s3proxy.endpoint=http://127.0.0.1:" + port,
            "s3proxy.authorization=aws-v2-or-v4",
            "s3proxy.identity=" + identity,
            "s3proxy.credential=" + credential,
            // the web UI PUTs receipts and imports with presigned URLs straight from the browser
            "s3proxy.cors-allow-all=true",
            "jclouds.provider=filesystem",
            "jclouds.filesystem.basedir=" + dataDirectory.toAbsolutePath(),
            ""));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx256m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-jar",
                    jar.toString(),
                    "--properties",
                    properties.toString()))
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(
                    dataDirectory.resolveSibling("s3proxy.log").toFile()))
            .start();
    return new EmbeddedS3Proxy(process);
  }

  static boolean listening(int port) {
    return com.cloudvista.payfast.platform.config.TcpProbe.answers("127.0.0.1", port, 300);
  }

  public boolean awaitListening(int port, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        return false;
      }
      if (listening(port)) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package com.cloudvista.payfast.platform.storage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * S3Proxy, a real S3 API server over a local folder, run as a child process for development
 * (`./mvnw liberty:run` with no S3 configured). Its jar is put in target/tools by the build.
 */
final class EmbeddedS3Proxy implements AutoCloseable {

  static final String ACCESS_KEY = "local-dev";
  static final String SECRET_KEY = "local-dev-secret";

  private final Process process;

  private EmbeddedS3Proxy(Process process) {
    this.process = process;
  }

  static EmbeddedS3Proxy start(Path jar, Path dataDirectory, int port) throws IOException {
    Files.createDirectories(dataDirectory);
    Path properties = dataDirectory.resolveSibling("s3proxy.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "s3proxy.endpoint=http://127.0.0.1:" + port,
            "s3proxy.authorization=aws-v2-or-v4",
            "s3proxy.identity=" + ACCESS_KEY,
            "s3proxy.credential=" + SECRET_KEY,
            "jclouds.provider=filesystem",
            "jclouds.filesystem.basedir=" + dataDirectory.toAbsolutePath(),
            ""));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString(), "--properties", properties.toString()))
            .redirectErrorStream(true)
            .redirectOutput(dataDirectory.resolveSibling("s3proxy.log").toFile())
            .start();
    return new EmbeddedS3Proxy(process);
  }

  static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  boolean awaitListening(int port, Duration timeout) throws InterruptedException {
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
  }
}

package com.cloudvista.payfast.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the tests' own Liberty servers ({@link StandaloneServer}, the fault suite's instances)
 * share: Liberty's {@code server} script and the wait for {@code /health/ready}.
 */
public final class LibertyServers {

  private LibertyServers() {}

  /**
   * Runs {@code bin/server <action> <name>} of the runtime at {@code wlp} and waits for it. The
   * server gets only the settings its folder holds: no {@code PAYFAST_*} variable or {@code
   * JVM_ARGS} of the shell that runs the build, and this JVM's Java.
   */
  public static void run(
      Path wlp, String action, String name, Duration timeout, ProcessBuilder.Redirect output)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
            .redirectErrorStream(true)
            .redirectOutput(output);
    Map<String, String> environment = builder.environment();
    new ArrayList<>(environment.keySet())
        .stream().filter(k -> k.startsWith("PAYFAST_")).forEach(environment::remove);
    environment.remove("JVM_ARGS");
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "`server " + action + " " + name + "` took longer than " + timeout);
    }
  }

  /**
   * Polls {@code baseUrl/health/ready} until it answers 200; else fails with the last answer and
   * where the server's logs are.
   */
  public static void awaitReady(String name, String baseUrl, Duration timeout, Path logs)
      throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        name + " not ready within " + timeout + ": " + last + " (logs: " + logs + ")");
  }
}

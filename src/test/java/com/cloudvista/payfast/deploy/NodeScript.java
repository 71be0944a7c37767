package com.cloudvista.payfast.deploy;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the checks in build-tools/ with the machine's Node (packages installed by the build's
 * npm ci).
 */
public final class NodeScript {

  /** Exit code and everything the script printed (stdout and stderr). */
  public record Result(int exitCode, String output) {}

  private NodeScript() {}

  /**
   * build-tools/ of the project (Surefire passes project.basedir; IDEs run from the project root).
   */
  public static Path buildTools() {
    return Path.of(System.getProperty("project.basedir", "."))
        .toAbsolutePath()
        .resolve("build-tools");
  }

  /** Runs {@code node build-tools/<script> args...}, feeding {@code stdin} (may be null). */
  public static Result run(String script, List<String> args, String stdin) {
    Path file = buildTools().resolve(script);
    if (!Files.isDirectory(buildTools().resolve("node_modules/@aws-cdk/aws-service-spec"))
        || !Files.isDirectory(buildTools().resolve("node_modules/kubernetes-types"))) {
      fail(
          "build-tools/node_modules is incomplete: run `./mvnw generate-test-resources` (npm ci in build-tools)");
    }
    List<String> command = new ArrayList<>(List.of("node", file.toString()));
    command.addAll(args);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (OutputStream in = process.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("node " + script + " did not finish");
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new AssertionError("Could not run " + command + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted: " + command, e);
    }
  }
}

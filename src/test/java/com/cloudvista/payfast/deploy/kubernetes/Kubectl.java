package com.cloudvista.payfast.deploy.kubernetes;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code kubectl kustomize}, the kustomize v5 built into kubectl: the same renderer as {@code
 * kubectl apply -k}. Set {@code -Dkubectl=/path/to/kubectl} or {@code KUBECTL} to use another
 * binary.
 */
final class Kubectl {

  private static final Map<Path, String> RENDERED = new ConcurrentHashMap<>();
  private static volatile Path executable;

  private Kubectl() {}

  /**
   * The rendered multi-document YAML of a kustomization directory; fails with kubectl's error
   * message.
   */
  static String kustomize(Path dir) {
    return RENDERED.computeIfAbsent(
        dir.toAbsolutePath().normalize(),
        d -> {
          Result result = run(List.of(executable().toString(), "kustomize", d.toString()));
          if (result.exitCode != 0) {
            throw new AssertionError(
                "kubectl kustomize "
                    + d
                    + " failed (exit "
                    + result.exitCode
                    + "):\n"
                    + result.stderr);
          }
          return result.stdout;
        });
  }

  /**
   * Like {@link #kustomize(Path)} but returns kubectl's error instead of failing (negative tests).
   */
  static Result tryKustomize(Path dir) {
    return run(List.of(executable().toString(), "kustomize", dir.toString()));
  }

  /** kubectl's built-in kustomize version, e.g. {@code v5.5.0}. */
  static String kustomizeVersion() {
    Result result = run(List.of(executable().toString(), "version", "--client", "-o", "json"));
    if (result.exitCode != 0) {
      throw new AssertionError("kubectl version --client failed:\n" + result.stderr);
    }
    var matcher =
        java.util.regex.Pattern.compile("\"kustomizeVersion\"\\s*:\\s*\"([^\"]+)\"")
            .matcher(result.stdout);
    if (!matcher.find()) {
      throw new AssertionError(
          "kubectl version --client reports no kustomizeVersion:\n" + result.stdout);
    }
    return matcher.group(1);
  }

  static Path executable() {
    Path found = executable;
    if (found == null) {
      found = locate();
      executable = found;
    }
    return found;
  }

  private static Path locate() {
    List<String> candidates = new ArrayList<>();
    String configured = System.getProperty("kubectl", System.getenv("KUBECTL"));
    if (configured != null && !configured.isBlank()) {
      candidates.add(configured);
    } else {
      String path = System.getenv().getOrDefault("PATH", "");
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isBlank()) {
          candidates.add(Path.of(dir, "kubectl").toString());
          candidates.add(Path.of(dir, "kubectl.exe").toString());
        }
      }
    }
    for (String candidate : candidates) {
      Path p = Path.of(candidate);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return p;
      }
    }
    throw new AssertionError(
        "kubectl was not found (looked for "
            + (configured != null && !configured.isBlank() ? configured : "kubectl on PATH")
            + "). The Kubernetes manifest tests render kustomize/overlays/* with `kubectl kustomize` "
            + "(kubectl >= 1.27 has kustomize v5 built in). Install kubectl, or point -Dkubectl=... / KUBECTL at it.");
  }

  private static Result run(List<String> command) {
    try {
      Path out = Files.createTempFile("kubectl", ".out");
      Path err = Files.createTempFile("kubectl", ".err");
      try {
        Process process =
            new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("Timed out after 120 s: " + String.join(" ", command));
        }
        return new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new AssertionError("Could not run " + String.join(" ", command) + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted: " + String.join(" ", command), e);
    }
  }

  record Result(int exitCode, String stdout, String stderr) {}
}

package com.cloudvista.payfast.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the browser scripts in build-tools/ (playwright-core driving Debian's Chromium)
 * against the IT server and reads the JSON line it prints last. The first argument the script gets
 * is the server's base URL; screenshots go to {@code target/<name>/}.
 */
public final class BrowserRun {

  private BrowserRun() {}

  /** The folder the script writes its screenshots to. */
  public static Path shots(String name) throws IOException {
    return Files.createDirectories(project().resolve("target").resolve(name));
  }

  public static JsonPath run(String script, Path shots, int timeoutSeconds, String... arguments)
      throws IOException, InterruptedException {
    Path chromium = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    assertThat(chromium)
        .as("Debian's Chromium (apt-get install chromium; .ci/run installs it)")
        .exists();
    List<String> command =
        new ArrayList<>(
            List.of(
                "node",
                project().resolve("build-tools").resolve(script).toString(),
                System.getProperty("it.base-url", "http://localhost:9180")));
    command.addAll(List.of(arguments));
    Path output = shots.resolve("result.json");
    Process browser =
        new ProcessBuilder(command)
            .directory(project().resolve("build-tools").toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(output.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    assertThat(browser.waitFor(timeoutSeconds, TimeUnit.SECONDS))
        .as("the browser run of %s finished", script)
        .isTrue();
    String printed = Files.readString(output, StandardCharsets.UTF_8).strip();
    return new JsonPath(printed.lines().reduce((a, b) -> b).orElse("{}"));
  }

  private static Path project() {
    return Path.of(System.getProperty("project.basedir", "."));
  }
}

package com.cloudvista.payfast.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Docker cannot run on the build machines, so the image is checked statically: dockerfilelint (npm,
 * installed into build-tools/ by the build) must find no issue, and {@link DockerfileRules} checks
 * what issue #7 asks.
 */
class DockerfileTest {

  private static Path dockerfile() {
    return Project.basedir().resolve("Dockerfile");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("Cannot read " + file, e);
    }
  }

  private static String libertyVersion() {
    Matcher m =
        Pattern.compile("<liberty\\.runtime\\.version>([^<]+)</liberty\\.runtime\\.version>")
            .matcher(read(Project.basedir().resolve("pom.xml")));
    assertThat(m.find()).as("pom.xml defines liberty.runtime.version").isTrue();
    return m.group(1).strip();
  }

  /**
   * Runs dockerfilelint on a file (it must exist: given a missing path, the tool lints the path as
   * text).
   */
  private static Lint lint(Path file) throws IOException, InterruptedException {
    assertThat(file).isRegularFile();
    Path linter = Project.basedir().resolve("build-tools/node_modules/.bin/dockerfilelint");
    assertThat(linter)
        .as(
            "dockerfilelint is installed by `./mvnw test` (npm ci in build-tools/, phase generate-test-resources)")
        .isRegularFile();
    Path out = Files.createTempFile("dockerfilelint", ".json");
    try {
      Process process =
          new ProcessBuilder(linter.toString(), "-o", "json", file.toString())
              .directory(Project.basedir().toFile())
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("dockerfilelint finished").isTrue();
      String report = Files.readString(out, StandardCharsets.UTF_8);
      Matcher total = Pattern.compile("\"totalIssues\"\\s*:\\s*(\\d+)").matcher(report);
      assertThat(total.find()).as("dockerfilelint JSON report: %s", report).isTrue();
      return new Lint(process.exitValue(), Integer.parseInt(total.group(1)), report);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  record Lint(int exitCode, int issues, String report) {}

  @Test
  void dockerfilelintFindsNoIssue() throws Exception {
    Lint lint = lint(dockerfile());
    assertThat(lint.issues()).as(lint.report()).isZero();
    assertThat(lint.exitCode()).as(lint.report()).isZero();
  }

  @Test
  void dockerfilelintReportsABadDockerfile() throws Exception {
    Path bad = Project.basedir().resolve("target/dockerfile-negative/Dockerfile");
    Files.createDirectories(bad.getParent());
    Files.writeString(
        bad,
        "FROM ubuntu:latest\nrun apt-get install curl\nEXPOSE 80:80\n",
        StandardCharsets.UTF_8);
    Lint lint = lint(bad);
    assertThat(lint.issues()).isGreaterThanOrEqualTo(3);
    assertThat(lint.exitCode()).isNotZero();
    assertThat(lint.report()).contains("Base Image Latest Tag");
  }

  @Test
  void dockerfileHasTheRequiredProperties() {
    assertThat(
            DockerfileRules.check(
                read(dockerfile()),
                read(Project.basedir().resolve(".dockerignore")),
                libertyVersion()))
        .isEmpty();
  }

  @Test
  void rulesReportViolations() {
    String good = read(dockerfile());
    String ignore = read(Project.basedir().resolve(".dockerignore"));
    String version = libertyVersion();

    assertThat(DockerfileRules.check(good.replace("USER 1001:0", "USER root"), ignore, version))
        .anyMatch(v -> v.contains("numeric non-root"));
    assertThat(DockerfileRules.check(good.replace("USER 1001:0", "USER 0"), ignore, version))
        .anyMatch(v -> v.contains("numeric non-root"));
    assertThat(DockerfileRules.check(good.replace("RUN features.sh", "RUN true"), ignore, version))
        .anyMatch(v -> v.contains("features.sh"));
    assertThat(DockerfileRules.check(good.replace("RUN configure.sh", "RUN true"), ignore, version))
        .anyMatch(v -> v.contains("configure.sh"));
    assertThat(
            DockerfileRules.check(
                good.replace("org.opencontainers.image.revision", "revision"), ignore, version))
        .anyMatch(v -> v.contains("org.opencontainers.image.revision"));
    assertThat(
            DockerfileRules.check(
                good.replaceAll("open-liberty:[^\\s\"]+", "open-liberty:latest"), ignore, version))
        .anyMatch(v -> v.contains("non-latest tag"));
    assertThat(
            DockerfileRules.check(
                good.replaceAll("openjdk-17:\\S+", "openjdk-17"), ignore, version))
        .anyMatch(v -> v.contains("explicit, non-latest tag"));
    assertThat(DockerfileRules.check(good, ignore, "25.0.0.12"))
        .anyMatch(v -> v.contains("kernel-slim"));
    assertThat(
            DockerfileRules.check(good.replace("/config/lib/jdbc/", "/opt/jdbc/"), ignore, version))
        .anyMatch(v -> v.contains("lib/jdbc"));
    assertThat(
            DockerfileRules.check(
                good.replace("PAYFAST_DB_AUTHENTICATION_PLUGIN=", "PAYFAST_DB_PLUGIN="),
                ignore,
                version))
        .anyMatch(v -> v.contains("PAYFAST_DB_AUTHENTICATION_PLUGIN"));
    assertThat(
            DockerfileRules.check(
                good.replace("test -f target/lib/jdbc/payfast-jdbc-password.jar", "true"),
                ignore,
                version))
        .anyMatch(v -> v.contains("payfast-jdbc-password.jar"));
    assertThat(
            DockerfileRules.check(
                good.replace("-XX:MaxRAMPercentage=75.0", "-Xmx512m"), ignore, version))
        .anyMatch(v -> v.contains("MaxRAMPercentage"));
    assertThat(
            DockerfileRules.check(good.replace("EXPOSE 9080", "EXPOSE 9080 9443"), ignore, version))
        .anyMatch(v -> v.contains("EXPOSE only 9080"));

    String singleStage = good.substring(good.indexOf("FROM icr.io"));
    assertThat(DockerfileRules.check(singleStage, ignore, version))
        .anyMatch(v -> v.contains("multi-stage"));

    assertThat(DockerfileRules.check(good, ignore.replace("target/\n", ""), version))
        .anyMatch(v -> v.contains("exclude target"));
    assertThat(DockerfileRules.check(good, ignore.replace(".git/\n", ""), version))
        .anyMatch(v -> v.contains("exclude .git"));
    assertThat(
            DockerfileRules.check(
                good,
                ignore.replace("node_modules/\n", "").replace("**/node_modules/\n", ""),
                version))
        .anyMatch(v -> v.contains("exclude node_modules"));
    assertThat(DockerfileRules.check(good, ignore + "\nsrc/\n", version))
        .anyMatch(v -> v.contains("excludes src"));
  }

  @Test
  void parserJoinsContinuationLines() {
    List<DockerfileRules.Instruction> parsed =
        DockerfileRules.parse(
            """
        # comment
        FROM a:1 AS build
        RUN one \\
            two
        FROM b:2
        USER 1001
        """);
    assertThat(parsed)
        .extracting(DockerfileRules.Instruction::keyword)
        .containsExactly("FROM", "RUN", "FROM", "USER");
    assertThat(parsed.get(1).args()).isEqualTo("one  two");
    assertThat(parsed.get(3).stage()).isEqualTo(1);
  }
}

package com.cloudvista.payfast.deploy.kubernetes;

import com.cloudvista.payfast.platform.db.password.PasswordFilePlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The properties issue #7 asks of the Dockerfile, as checks returning violations (empty =
 * compliant).
 */
final class DockerfileRules {

  static final Set<String> OCI_LABELS =
      Set.of(
          "org.opencontainers.image.title",
          "org.opencontainers.image.description",
          "org.opencontainers.image.version",
          "org.opencontainers.image.revision",
          "org.opencontainers.image.created",
          "org.opencontainers.image.source",
          "org.opencontainers.image.vendor",
          "org.opencontainers.image.licenses",
          "org.opencontainers.image.base.name");
  static final Set<String> DOCKERIGNORE_REQUIRED = Set.of("target", ".git", "node_modules");

  record Instruction(int stage, String keyword, String args) {}

  private DockerfileRules() {}

  /**
   * Instructions with line continuations joined and comments dropped; stage counts FROMs from 0.
   */
  static List<Instruction> parse(String dockerfile) {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int stage = -1;
    for (String raw : dockerfile.split("\\R")) {
      String line = raw.strip();
      if (current.isEmpty() && (line.isEmpty() || line.startsWith("#"))) {
        continue;
      }
      if (!current.isEmpty() && line.startsWith("#")) {
        continue; // comment lines inside a continued instruction
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      current.append(line);
      String text = current.toString().strip();
      current.setLength(0);
      int space = text.indexOf(' ');
      String keyword = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
      String args = space < 0 ? "" : text.substring(space + 1).strip();
      if (keyword.equals("FROM")) {
        stage++;
      }
      instructions.add(new Instruction(stage, keyword, args));
    }
    return instructions;
  }

  static List<String> check(String dockerfile, String dockerignore, String libertyVersion) {
    List<String> violations = new ArrayList<>();
    List<Instruction> all = parse(dockerfile);
    List<Instruction> froms = all.stream().filter(i -> i.keyword().equals("FROM")).toList();
    if (froms.size() < 2) {
      violations.add(
          "must be multi-stage (a build stage and a runtime stage), has " + froms.size() + " FROM");
      return violations;
    }
    for (Instruction from : froms) {
      String image = from.args().split("\\s+")[0];
      String tag = WorkloadPolicy.tagOf(image);
      if (image.startsWith("--platform")) {
        violations.add("FROM " + from.args() + ": do not force a platform");
      } else if (tag == null || tag.equals("latest") || image.contains("$")) {
        violations.add(
            "FROM " + image + ": base images must be pinned to an explicit, non-latest tag");
      }
    }
    int last = froms.size() - 1;
    Instruction build = froms.get(0);
    if (!build.args().matches("(?i)\\S+\\s+AS\\s+build")) {
      violations.add("the first stage must be named: FROM <image> AS build");
    }
    if (!build.args().toLowerCase(Locale.ROOT).contains("ubi") || !build.args().contains("17")) {
      violations.add("the build stage must be a JDK 17 UBI image: " + build.args());
    }
    String runtime = froms.get(last).args().split("\\s+")[0];
    String expectedPrefix =
        "icr.io/appcafe/open-liberty:" + libertyVersion + "-kernel-slim-java17-";
    if (!runtime.startsWith(expectedPrefix) || !runtime.contains("-ubi")) {
      violations.add(
          "runtime must be the official Open Liberty kernel-slim Java 17 UBI image of Liberty "
              + libertyVersion
              + " ("
              + expectedPrefix
              + "...-ubi...), is "
              + runtime);
    }
    boolean mvnw =
        all.stream()
            .anyMatch(
                i ->
                    i.stage() == 0
                        && i.keyword().equals("RUN")
                        && i.args().matches(".*\\./mvnw\\s+.*-B.*\\bpackage\\b.*")
                        && i.args().contains("-DskipTests"));
    if (!mvnw) {
      violations.add("the build stage must run ./mvnw -B -DskipTests package");
    }

    List<Instruction> runtimeStage = all.stream().filter(i -> i.stage() == last).toList();
    int config = indexOf(runtimeStage, "COPY", "src/main/liberty/config/? /config/?$");
    int features = indexOf(runtimeStage, "RUN", "^features\\.sh$");
    int war =
        indexOf(
            runtimeStage,
            "COPY",
            "--from=build .*target/payfast\\.war /config/apps/(payfast\\.war)?$");
    int jdbc =
        indexOf(runtimeStage, "COPY", "--from=build .*target/lib/jdbc/? /config/lib/jdbc/?$");
    int configure = indexOf(runtimeStage, "RUN", "^configure\\.sh$");
    if (config < 0) {
      violations.add("must COPY src/main/liberty/config/ to /config/");
    }
    if (features < 0 || features < config) {
      violations.add("must RUN features.sh after copying the server configuration");
    }
    if (war < 0) {
      violations.add("must COPY --from=build target/payfast.war to /config/apps/");
    }
    if (jdbc < 0) {
      violations.add(
          "must COPY --from=build target/lib/jdbc/ to /config/lib/jdbc/ (the driver is not in the WAR)");
    }
    if (configure < 0 || configure < war || configure < jdbc || configure < features) {
      violations.add(
          "must RUN configure.sh after features.sh and after the WAR and driver are copied");
    }
    for (Instruction i : runtimeStage) {
      if (i.keyword().equals("COPY") && !i.args().contains("--chown=1001:0")) {
        violations.add(
            "COPY " + i.args() + ": runtime files must be owned by 1001:0 (--chown=1001:0)");
      }
      if (i.keyword().equals("ADD")) {
        violations.add("ADD " + i.args() + ": use COPY");
      }
    }

    List<Instruction> users =
        runtimeStage.stream().filter(i -> i.keyword().equals("USER")).toList();
    if (users.isEmpty()) {
      violations.add("the runtime stage must set USER (numeric, non-root)");
    } else {
      String user = users.get(users.size() - 1).args().split(":")[0];
      if (!user.matches("\\d+") || Long.parseLong(user) == 0) {
        violations.add("the final USER must be a numeric non-root uid, is " + user);
      }
    }

    String labels =
        String.join(
            " ",
            runtimeStage.stream()
                .filter(i -> i.keyword().equals("LABEL"))
                .map(Instruction::args)
                .toList());
    for (String label : OCI_LABELS) {
      if (!Pattern.compile("(^|\\s)" + Pattern.quote(label) + "=\"?[^\"\\s]")
          .matcher(labels)
          .find()) {
        violations.add("missing OCI label " + label);
      }
    }

    String exposed =
        String.join(
            " ",
            runtimeStage.stream()
                .filter(i -> i.keyword().equals("EXPOSE"))
                .map(Instruction::args)
                .toList());
    if (!exposed.matches("9080(/tcp)?")) {
      violations.add("must EXPOSE only 9080 (TLS ends at the load balancer), exposes " + exposed);
    }
    String envs =
        String.join(
            " ",
            runtimeStage.stream()
                .filter(i -> i.keyword().equals("ENV"))
                .map(Instruction::args)
                .toList());
    Matcher jvm = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"").matcher(envs);
    if (!jvm.find()
        || !jvm.group(1).contains("-XX:MaxRAMPercentage=")
        || jvm.group(1).contains("-Xmx")) {
      violations.add(
          "JVM options must size the heap from the container limit (JAVA_TOOL_OPTIONS with "
              + "-XX:MaxRAMPercentage, no fixed -Xmx)");
    }
    // The pods read the rotated database password from a file; only the plugin passes it to the
    // pool.
    if (!envs.contains("PAYFAST_DB_AUTHENTICATION_PLUGIN=" + PasswordFilePlugin.class.getName())) {
      violations.add(
          "must ENV PAYFAST_DB_AUTHENTICATION_PLUGIN="
              + PasswordFilePlugin.class.getName()
              + " (the password file of a rotated RDS secret reaches the pool only through it)");
    }
    boolean pluginJar =
        all.stream()
            .anyMatch(
                i ->
                    i.stage() == 0
                        && i.keyword().equals("RUN")
                        && i.args().contains("test -f target/lib/jdbc/payfast-jdbc-password.jar"));
    if (!pluginJar) {
      violations.add(
          "the build stage must check that target/lib/jdbc/payfast-jdbc-password.jar (the plugin) was built");
    }

    Set<String> ignored = new java.util.HashSet<>();
    for (String line : dockerignore.split("\\R")) {
      String entry = line.strip();
      if (!entry.isEmpty() && !entry.startsWith("#") && !entry.startsWith("!")) {
        ignored.add(entry.replaceAll("^(\\*\\*/)+", "").replaceAll("/+$", "").replaceAll("^/", ""));
      }
    }
    for (String required : DOCKERIGNORE_REQUIRED) {
      if (!ignored.contains(required)) {
        violations.add(".dockerignore must exclude " + required);
      }
    }
    for (String needed : List.of("src", "pom.xml", "mvnw", ".mvn", "*", "**")) {
      if (ignored.contains(needed)) {
        violations.add(".dockerignore excludes " + needed + ", which the build stage needs");
      }
    }
    return violations;
  }

  private static int indexOf(List<Instruction> instructions, String keyword, String argsRegex) {
    Pattern pattern = Pattern.compile(argsRegex);
    for (int i = 0; i < instructions.size(); i++) {
      Instruction in = instructions.get(i);
      if (in.keyword().equals(keyword) && pattern.matcher(in.args()).find()) {
        return i;
      }
    }
    return -1;
  }
}

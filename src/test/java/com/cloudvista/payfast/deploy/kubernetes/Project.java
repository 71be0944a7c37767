package com.cloudvista.payfast.deploy.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locations in the project tree (Surefire passes {@code project.basedir}; IDEs run from the project
 * root).
 */
final class Project {

  static final String[] OVERLAYS = {"dev", "staging", "prod"};

  private Project() {}

  static Path basedir() {
    String configured = System.getProperty("project.basedir");
    Path dir =
        Path.of(
            configured != null && !configured.isBlank()
                ? configured
                : System.getProperty("user.dir"));
    if (!Files.isRegularFile(dir.resolve("pom.xml"))) {
      throw new IllegalStateException("Not the project root (no pom.xml): " + dir.toAbsolutePath());
    }
    return dir.toAbsolutePath();
  }

  static Path kustomize() {
    return basedir().resolve("kustomize");
  }

  static Path overlay(String env) {
    return kustomize().resolve("overlays").resolve(env);
  }

  static String namespace(String env) {
    return "payfast-" + env;
  }
}

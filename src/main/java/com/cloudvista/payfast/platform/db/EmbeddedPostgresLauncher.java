package com.cloudvista.payfast.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Real PostgreSQL binaries (zonky) for a developer laptop with no database. Only linked when the
 * dev library is on the class path; PostgreSQL refuses to run as root, so callers check that first.
 */
final class EmbeddedPostgresLauncher {

  private static final String MARKER = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

  private EmbeddedPostgresLauncher() {}

  static boolean available() {
    try {
      Class.forName(MARKER, false, EmbeddedPostgresLauncher.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  static AutoCloseable start(int port, Path dataDirectory) throws IOException {
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .start();
    return postgres;
  }
}

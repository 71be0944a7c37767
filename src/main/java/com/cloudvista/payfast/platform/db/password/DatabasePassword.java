package com.cloudvista.payfast.platform.db.password;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Where the database password comes from: the file named by {@code payfast.db.password-file} (a JVM
 * system property) or {@code PAYFAST_DB_PASSWORD_FILE} (the environment) when one is set, read at
 * each call; otherwise the configured password ({@code PAYFAST_DB_PASSWORD}, for development).
 *
 * <p>The file holds the password alone, as a Kubernetes Secret key mounted as a volume does; one
 * trailing line break is dropped (files written with {@code echo}). The kubelet replaces a mounted
 * Secret's files atomically (a symlink swap), so a read sees the old or the new password, never a
 * mix.
 */
public final class DatabasePassword {

  public static final String FILE_PROPERTY = "payfast.db.password-file";
  public static final String FILE_VARIABLE = "PAYFAST_DB_PASSWORD_FILE";

  private DatabasePassword() {}

  /** The password file, when one is configured. */
  public static Optional<Path> file() {
    return Optional.ofNullable(System.getProperty(FILE_PROPERTY))
        .or(() -> Optional.ofNullable(System.getenv(FILE_VARIABLE)))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .map(Path::of);
  }

  /** The password for a new connection: the file's current content, else {@code configured}. */
  public static char[] current(String configured) throws PSQLException {
    Optional<Path> file = file();
    if (file.isEmpty()) {
      return configured == null ? null : configured.toCharArray();
    }
    return read(file.get());
  }

  static char[] read(Path file) throws PSQLException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // 08004 (connection rejected): the application answers 503 and readiness says why.
      throw new PSQLException(
          "Cannot read the database password file (" + FILE_VARIABLE + "): " + e,
          PSQLState.CONNECTION_REJECTED,
          e);
    }
    if (text.endsWith("\n")) {
      text = text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1));
    }
    if (text.isEmpty()) {
      throw new PSQLException(
          "The database password file (" + FILE_VARIABLE + ") is empty",
          PSQLState.CONNECTION_REJECTED);
    }
    return text.toCharArray();
  }
}

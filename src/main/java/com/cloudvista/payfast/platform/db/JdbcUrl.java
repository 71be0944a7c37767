package com.cloudvista.payfast.platform.db;

import java.net.URI;
import java.util.Objects;

/**
 * The parts of a {@code jdbc:postgresql://host:port/database?params} URL that start-up needs: where
 * the server is, which database to create when it is missing, and the same URL aimed at the {@code
 * postgres} maintenance database.
 */
record JdbcUrl(String host, int port, String database, String query) {

  private static final String PREFIX = "jdbc:postgresql://";

  JdbcUrl {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(database, "database");
    if (!database.matches("[A-Za-z0-9_]{1,63}")) {
      throw new IllegalArgumentException(
          "Database name must be 1-63 letters, digits or _: " + database);
    }
  }

  static JdbcUrl parse(String url) {
    if (url == null || !url.startsWith(PREFIX)) {
      throw new IllegalArgumentException(
          "Expected a jdbc:postgresql://host[:port]/database URL, got " + url);
    }
    URI uri = URI.create("postgresql://" + url.substring(PREFIX.length()));
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (uri.getHost() == null || path.isEmpty()) {
      throw new IllegalArgumentException(
          "Expected a jdbc:postgresql://host[:port]/database URL, got " + url);
    }
    return new JdbcUrl(
        uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path, uri.getRawQuery());
  }

  String url() {
    return withDatabase(database);
  }

  String maintenanceUrl() {
    return withDatabase("postgres");
  }

  private String withDatabase(String name) {
    return PREFIX + host + ":" + port + "/" + name + (query == null ? "" : "?" + query);
  }
}

package com.cloudvista.payfast.platform.db;

import jakarta.servlet.ServletContext;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Finds the Flyway migrations through the servlet context. Flyway's class-path scanner cannot list
 * folders through Liberty's class loaders (loose, packed or expanded applications alike); the
 * servlet context lists {@code WEB-INF/classes/db/migration} the same way in every form.
 */
final class WebappMigrations implements ResourceProvider {

  private static final String FOLDER = "/WEB-INF/classes/db/migration/";

  private final ServletContext context;

  WebappMigrations(ServletContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public LoadableResource getResource(String name) {
    String path = FOLDER + name;
    try {
      return context.getResource(path) == null ? null : new Migration(context, path);
    } catch (java.net.MalformedURLException e) {
      return null;
    }
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    Set<String> paths = context.getResourcePaths(FOLDER);
    if (paths == null) {
      return java.util.List.of();
    }
    return paths.stream()
        .filter(path -> fileName(path).startsWith(prefix))
        .filter(path -> Arrays.stream(suffixes).anyMatch(path::endsWith))
        .sorted()
        .<LoadableResource>map(path -> new Migration(context, path))
        .toList();
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static final class Migration extends LoadableResource {
    private final ServletContext context;
    private final String path;

    Migration(ServletContext context, String path) {
      this.context = context;
      this.path = path;
    }

    @Override
    public Reader read() {
      InputStream in = context.getResourceAsStream(path);
      if (in == null) {
        throw new UncheckedIOException(new java.io.FileNotFoundException(path));
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public String getAbsolutePath() {
      return path;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return path;
    }

    @Override
    public String getFilename() {
      return fileName(path);
    }

    @Override
    public String getRelativePath() {
      return fileName(path);
    }
  }
}

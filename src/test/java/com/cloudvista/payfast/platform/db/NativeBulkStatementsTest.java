package com.cloudvista.payfast.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bulk {@code UPDATE} or {@code DELETE} in the application is a native query, never JPQL.
 *
 * <p>EclipseLink keeps one parsed query per JPQL string and runs that same instance on every
 * thread; its {@code UpdateAllQuery} and {@code DeleteAllQuery} write the statement's row count
 * into a field of that instance and read the field back to return it. Two threads running the same
 * JPQL bulk statement at once can therefore each get the other's count. {@code OutboxShippingIT}
 * met it (one run in about twenty): with PostgreSQL logging every statement, the shipper's {@code
 * UPDATE ... WHERE object_key = '.../1075-1075.jsonl.gz'} changed one row and {@code executeUpdate}
 * returned 6, the count of the other shipper's batch marked in the same millisecond, so a correct
 * batch was rolled back as "changed while locked". A native query is a new query object per {@code
 * createNativeQuery}, so its count is its own.
 */
class NativeBulkStatementsTest {

  /**
   * {@code createQuery(} then, across line breaks, a string literal that starts a bulk statement.
   */
  private static final Pattern JPQL_BULK =
      Pattern.compile(
          "createQuery\\(\\s*\"\\s*(UPDATE|DELETE)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  @Test
  void thePatternFindsAJpqlBulkStatementAndNotANativeOne() {
    assertThat(
            JPQL_BULK
                .matcher("em.createQuery(\n    \"UPDATE OutboxRow r SET r.shippedAt = ...")
                .find())
        .isTrue();
    assertThat(JPQL_BULK.matcher("em.createQuery(\"delete from X x\")").find()).isTrue();
    assertThat(JPQL_BULK.matcher("em.createNativeQuery(\"UPDATE audit_outbox SET\")").find())
        .isFalse();
    assertThat(JPQL_BULK.matcher("em.createQuery(\"SELECT t FROM UPDATE_LOG t\")").find())
        .isFalse();
  }

  @Test
  void noApplicationSourceRunsABulkStatementAsJpql() throws IOException {
    Path sources =
        Path.of(System.getProperty("project.basedir", ".")).resolve("src/main/java").normalize();
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(sources)) {
      offenders =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .filter(file -> JPQL_BULK.matcher(read(file)).find())
              .toList();
    }
    assertThat(Files.isDirectory(sources)).as(sources.toString()).isTrue();
    assertThat(offenders)
        .as("JPQL UPDATE/DELETE (use createNativeQuery; see this test's Javadoc)")
        .isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

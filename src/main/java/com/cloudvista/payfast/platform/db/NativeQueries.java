package com.cloudvista.payfast.platform.db;

import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Native SQL through the persistence unit's {@link EntityManager}, which joins the caller's JTA
 * transaction. Parameters are numbered ({@code ?1, ?2 …}); {@link #bind} turns an {@link Instant}
 * into a UTC {@link OffsetDateTime} and an enum into its name. A parameter that may be null is
 * written {@code CAST(?n AS type)} in the SQL: EclipseLink binds a null without a type.
 *
 * <p>EclipseLink returns a row of several columns as {@code Object[]} and a single column as the
 * value itself, with the driver's types: {@code timestamptz} as {@link Timestamp}, {@code date} as
 * {@link java.sql.Date}, {@code bigint} as {@link Long}, {@code sum(bigint)} as {@link
 * java.math.BigDecimal}. The readers here convert them.
 */
public final class NativeQueries {

  /** Looked up once, not per row (see {@code StrictJson}: the lookup is the costly part). */
  private static final JsonProvider JSON = JsonProvider.provider();

  private NativeQueries() {}

  /** A native query with its parameters bound in order, starting at {@code ?1}. */
  public static Query query(EntityManager em, String sql, Object... params) {
    return bind(em.createNativeQuery(sql), params);
  }

  /** The rows of a native query read as entities of {@code entity}, parameters bound. */
  @SuppressWarnings("unchecked")
  public static <T> List<T> entities(
      EntityManager em, Class<T> entity, String sql, Object... params) {
    return bind(em.createNativeQuery(sql, entity), params).getResultList();
  }

  private static Query bind(Query query, Object... params) {
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, toDatabase(params[i]));
    }
    return query;
  }

  /** The rows of a query of several columns. */
  @SuppressWarnings("unchecked")
  public static List<Object[]> rows(Query query) {
    return query.getResultList();
  }

  /** The values of a query of one column. */
  @SuppressWarnings("unchecked")
  public static <T> List<T> column(Query query) {
    return query.getResultList();
  }

  /** The first row of a query of several columns, if any. */
  public static Optional<Object[]> firstRow(Query query) {
    List<Object[]> rows = rows(query); // the SQL limits itself; no setMaxResults on a locking query
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** The first value of a query of one column, if any (a null value counts as none). */
  public static <T> Optional<T> first(Query query) {
    List<T> values = column(query);
    return values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
  }

  static Object toDatabase(Object value) {
    if (value instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return value;
  }

  /**
   * "(?1, ?2), (?3, CAST(?4 AS text))" for a multi-row VALUES list (one round trip for all rows):
   * one entry of {@code casts} per column, {@code null} for a plain parameter or the SQL type of a
   * column whose value may be null.
   */
  public static String values(int rows, String... casts) {
    return values(1, rows, casts);
  }

  /**
   * The same with the first parameter numbered {@code first}: for a VALUES list in a statement that
   * binds other parameters before it.
   */
  public static String values(int first, int rows, String... casts) {
    StringBuilder sql = new StringBuilder();
    int next = first;
    for (int r = 0; r < rows; r++) {
      sql.append(r == 0 ? "(" : ", (");
      for (int c = 0; c < casts.length; c++) {
        String parameter = "?" + next++;
        sql.append(c == 0 ? "" : ", ")
            .append(casts[c] == null ? parameter : "CAST(" + parameter + " AS " + casts[c] + ")");
      }
      sql.append(')');
    }
    return sql.toString();
  }

  /**
   * A PostgreSQL array literal ({@code {"a","b"}}) for {@code CAST(?n AS text[])}: every element
   * quoted, backslashes and double quotes escaped. A bound value, never SQL text.
   */
  public static String textArray(Collection<String> values) {
    StringBuilder literal = new StringBuilder("{");
    for (String value : values) {
      if (literal.length() > 1) {
        literal.append(',');
      }
      literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return literal.append('}').toString();
  }

  /** A PostgreSQL array literal ({@code {1,2,3}}) for {@code CAST(?n AS bigint[])}. */
  public static String bigintArray(Collection<Long> values) {
    StringBuilder literal = new StringBuilder("{");
    for (Long value : values) {
      if (literal.length() > 1) {
        literal.append(',');
      }
      literal.append(value.longValue());
    }
    return literal.append('}').toString();
  }

  /**
   * The strings of a JSON array (a {@code text[]} column selected as {@code to_json(col)::text}).
   */
  public static List<String> jsonStrings(Object value) {
    if (value == null) {
      return List.of();
    }
    List<String> strings = new ArrayList<>();
    try (JsonReader reader = JSON.createReader(new StringReader((String) value))) {
      reader.readArray().forEach(v -> strings.add(((JsonString) v).getString()));
    }
    return strings;
  }

  public static UUID uuid(Object value) {
    if (value == null || value instanceof UUID) {
      return (UUID) value;
    }
    return UUID.fromString(value.toString());
  }

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return (Instant) value;
  }

  public static LocalDate date(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  public static long number(Object value) {
    return ((Number) value).longValue();
  }

  /** A number, or null. */
  public static Long optionalNumber(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}

package com.cloudvista.payfast.platform.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * A native SELECT whose WHERE clause grows by optional filters, with its bind parameters kept in
 * step: {@code new FilteredQuery("SELECT … WHERE a = ?", a).andIfPresent("b >= ?",
 * from).then("ORDER BY … LIMIT ?", limit)}, then {@link #create}. Each {@code ?} is numbered as it
 * is appended ({@code ?1, ?2 …}, EclipseLink's positional parameters). Only fixed SQL text is ever
 * appended; every value is a parameter.
 */
public final class FilteredQuery {

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  public FilteredQuery(String select, Object... params) {
    append(select, params);
  }

  /** Appends {@code AND condition} with one parameter per {@code ?} in it. */
  public FilteredQuery and(String condition, Object... values) {
    sql.append(" AND ");
    return append(condition, values);
  }

  /** Appends {@code AND condition} (one {@code ?}) only when {@code value} is not null. */
  public FilteredQuery andIfPresent(String condition, Object value) {
    return value == null ? this : and(condition, value);
  }

  /** Appends the rest of the statement (ORDER BY, LIMIT …) and its parameters. */
  public FilteredQuery then(String clause, Object... values) {
    sql.append(' ');
    return append(clause, values);
  }

  private FilteredQuery append(String fragment, Object... values) {
    if (fragment.chars().filter(c -> c == '?').count() != values.length) {
      throw new IllegalArgumentException("one value per ? in: " + fragment);
    }
    int next = 0;
    for (char c : fragment.toCharArray()) {
      sql.append(c);
      if (c == '?') {
        params.add(values[next++]);
        sql.append(params.size());
      }
    }
    return this;
  }

  public String sql() {
    return sql.toString();
  }

  public Object[] params() {
    return params.toArray();
  }

  /** The native query with every parameter bound ({@link NativeQueries#query}). */
  public Query create(EntityManager em) {
    return NativeQueries.query(em, sql(), params());
  }
}

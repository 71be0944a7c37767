package com.cloudvista.payfast.platform.db;

import java.util.ArrayList;
import java.util.List;

/**
 * A SELECT whose WHERE clause grows by optional filters, with its bind parameters kept in step:
 * {@code new FilteredQuery("SELECT … WHERE a = ?", a).andIfPresent("b >= ?", from).then("ORDER BY …
 * LIMIT ?", limit)}, then {@link Sql#list} with {@link #sql()} and {@link #params()}. Only fixed
 * SQL text is ever appended; every value is a parameter.
 */
public final class FilteredQuery {

  private final StringBuilder sql;
  private final List<Object> params = new ArrayList<>();

  public FilteredQuery(String select, Object... params) {
    this.sql = new StringBuilder(select);
    this.params.addAll(List.of(params));
  }

  /** Appends {@code AND condition} with one parameter per {@code ?} in it. */
  public FilteredQuery and(String condition, Object... values) {
    sql.append(" AND ").append(condition);
    params.addAll(List.of(values));
    return this;
  }

  /** Appends {@code AND condition} (one {@code ?}) only when {@code value} is not null. */
  public FilteredQuery andIfPresent(String condition, Object value) {
    return value == null ? this : and(condition, value);
  }

  /** Appends the rest of the statement (ORDER BY, LIMIT …) and its parameters. */
  public FilteredQuery then(String clause, Object... values) {
    sql.append(' ').append(clause);
    params.addAll(List.of(values));
    return this;
  }

  public String sql() {
    return sql.toString();
  }

  public Object[] params() {
    return params.toArray();
  }
}

package com.cloudvista.payfast.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Plain JDBC on the application's datasource. Inside a JTA transaction every call uses the
 * transaction's one connection (Liberty shares it), so statements here commit or roll back with the
 * caller's transaction. Chosen over JPA for the ledger because its correctness rests on exact SQL:
 * row locks in a fixed order, ON CONFLICT, SKIP LOCKED, keyset pages and CHECK constraints.
 */
@ApplicationScoped
public class Sql {

  @Resource(lookup = "jdbc/payfast")
  DataSource dataSource;

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Work with the connection itself (arrays, batches). */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  public <T> List<T> list(String sql, Row<T> row, Object... params) {
    return run(
        c -> {
          try (PreparedStatement statement = prepare(c, sql, params);
              ResultSet rs = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
              result.add(row.map(rs));
            }
            return result;
          }
        });
  }

  public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
    List<T> rows = list(sql, row, params);
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
  }

  public int update(String sql, Object... params) {
    return run(
        c -> {
          try (PreparedStatement statement = prepare(c, sql, params)) {
            return statement.executeUpdate();
          }
        });
  }

  public <T> T run(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        Object value = params[i];
        if (value instanceof Instant instant) {
          value = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        } else if (value instanceof Enum<?> e) {
          value = e.name();
        } else if (value instanceof UUID[] uuids) {
          value = c.createArrayOf("uuid", uuids);
        } else if (value instanceof String[] strings) {
          value = c.createArrayOf("text", strings);
        }
        statement.setObject(i + 1, value);
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  /** Long or null. */
  public static Long optionalLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  /** An {@link SQLException} as an unchecked failure; the cause keeps the SQLSTATE. */
  public static final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SqlFailure(SQLException cause) {
      super(cause.getMessage(), cause);
    }

    public String sqlState() {
      return ((SQLException) getCause()).getSQLState();
    }

    /** What this failure means, by the one translation ({@link PersistenceFailures}). */
    public PersistenceFailures.Kind kind() {
      return PersistenceFailures.classify(this);
    }
  }

  /**
   * The SQLSTATE of the first SQLException in the cause chain, or null ({@link
   * PersistenceFailures#sqlState}).
   */
  public static String sqlState(Throwable failure) {
    return PersistenceFailures.sqlState(failure);
  }
}

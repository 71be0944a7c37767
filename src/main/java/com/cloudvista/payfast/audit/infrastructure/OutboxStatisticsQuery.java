package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.audit.domain.ShippingStatistics;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Reads the outbox's shipping statistics; cheap whatever the table size (partial index, one state
 * row).
 */
public final class OutboxStatisticsQuery {

  private static final String SQL =
      "SELECT (SELECT count(*) FROM audit_outbox WHERE shipped_at IS NULL),"
          + " (SELECT COALESCE(GREATEST(0, floor(EXTRACT(EPOCH FROM now() - min(enqueued_at))))::bigint, 0)"
          + "    FROM audit_outbox WHERE shipped_at IS NULL),"
          + " s.shipped_records, s.last_object_key"
          + " FROM audit_shipping_state s WHERE s.id = 1";

  private OutboxStatisticsQuery() {}

  public static ShippingStatistics read(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(SQL)) {
      if (!row.next()) {
        throw new SQLException("audit_shipping_state has no row; migration V4 not applied?");
      }
      return new ShippingStatistics(
          row.getLong(1), row.getLong(3), row.getLong(2), row.getString(4));
    }
  }
}

package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.audit.domain.TransactionLog;
import com.cloudvista.payfast.audit.domain.TransactionLogRecord;
import com.cloudvista.payfast.platform.db.PersistenceFailures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Inserts one outbox row per transaction, and nothing else: it never talks to S3, so a transfer
 * costs one small INSERT whatever state S3 is in.
 *
 * <p>Transaction contract: {@link #append(TransactionLogRecord)} takes a connection from the data
 * source and closes it again. Inside a JTA transaction on the container's datasource that
 * connection is enlisted in (and shared with) the caller's transaction, so the row commits or rolls
 * back with the ledger entries. {@link #append(Connection, TransactionLogRecord)} uses the caller's
 * own connection and never commits it.
 */
public final class OutboxWriter implements TransactionLog {

  static final String INSERT =
      "INSERT INTO audit_outbox (transaction_id, status, payload, created_at) VALUES (?, ?, CAST(? AS json), ?)";

  private final DataSource dataSource;

  public OutboxWriter(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public void append(TransactionLogRecord record) {
    try (Connection connection = dataSource.getConnection()) {
      append(connection, record);
    } catch (SQLException e) {
      throw failure(record, e);
    }
  }

  /** Inserts on the caller's connection, in whatever transaction it has open. */
  public static void append(Connection connection, TransactionLogRecord record) {
    Objects.requireNonNull(record, "record");
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, record.transactionId());
      insert.setString(2, record.status());
      insert.setString(3, TransactionLogJson.write(record));
      insert.setTimestamp(4, Timestamp.from(record.createdAt()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw failure(record, e);
    }
  }

  private static RuntimeException failure(TransactionLogRecord record, SQLException e) {
    if (PersistenceFailures.isUniqueViolation(e)) {
      return new IllegalStateException(
          "Transaction "
              + record.transactionId()
              + " ("
              + record.status()
              + ") is already in the transaction log",
          e);
    }
    return new IllegalStateException(
        "Could not write transaction "
            + record.transactionId()
            + " to the outbox: "
            + e.getMessage(),
        e);
  }
}

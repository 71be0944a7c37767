package com.cloudvista.payfast.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container: the server's datasource joins JTA transactions, and the migrated schema's
 * constraints hold. Deployed by Arquillian into the running IT server.
 */
@ExtendWith(ArquillianExtension.class)
class DatasourceInContainerIT {

  @Deployment
  static WebArchive deployment() {
    // Runs on the client side only: the backing services (and the database proxy the server uses)
    // must be up before the archive's tests run in the server.
    com.cloudvista.payfast.testing.TestEnvironment.start();
    // Only this class: JUnit's API comes with Arquillian's JUnit 5 support, and every extra class
    // (AssertJ alone is some 840) is scanned by the server before the archive counts as started,
    // which on a loaded machine once took longer than the deploy time-out.
    return ShrinkWrap.create(WebArchive.class, "datasource-it.war")
        .addClass(DatasourceInContainerIT.class);
  }

  @Resource(lookup = "jdbc/payfast")
  DataSource dataSource;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  @Test
  void aRolledBackJtaTransactionLeavesNothingBehind() throws Exception {
    String key = "arquillian-" + UUID.randomUUID();
    transaction.begin();
    try (Connection connection = dataSource.getConnection()) {
      insert(connection, key, "IN_PROGRESS");
    } finally {
      transaction.rollback();
    }

    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?")) {
      query.setString(1, key);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        assertEquals(0, rows.getInt(1), "rows left behind by the rolled-back transaction");
      }
    }
  }

  @Test
  void theSchemaRefusesAnUnknownIdempotencyStatus() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      SQLException refused =
          assertThrows(
              SQLException.class,
              () -> insert(connection, "arquillian-" + UUID.randomUUID(), "DONE"));
      assertEquals("23514", refused.getSQLState(), "check_violation");
    }
  }

  private static void insert(Connection connection, String key, String status) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO idempotency_record (caller, method_path, idempotency_key, request_hash, status, expires_at)"
                + " VALUES ('arquillian', 'POST /test', ?, 'hash', ?, now() + interval '1 hour')")) {
      insert.setString(1, key);
      insert.setString(2, status);
      insert.executeUpdate();
    }
  }
}

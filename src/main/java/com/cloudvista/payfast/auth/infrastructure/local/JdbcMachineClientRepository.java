package com.cloudvista.payfast.auth.infrastructure.local;

import com.cloudvista.payfast.auth.domain.MachineClient;
import com.cloudvista.payfast.auth.domain.MachineClientRepository;
import com.cloudvista.payfast.auth.domain.Scopes;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Machine clients in table {@code auth_client} (both providers: ownership is always ours). */
@ApplicationScoped
public class JdbcMachineClientRepository implements MachineClientRepository {

  private static final String COLUMNS =
      "client_id, owner_id, name, secret_hash, scopes, created_at";

  @Resource(lookup = "jdbc/payfast")
  DataSource dataSource;

  @Override
  public void add(MachineClient client) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO auth_client (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, client.clientId());
      insert.setString(2, client.ownerId());
      insert.setString(3, client.name());
      insert.setString(4, client.secretHash());
      insert.setString(5, Scopes.join(client.scopes()));
      insert.setTimestamp(6, Timestamp.from(client.createdAt()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("Could not store a client", e);
    }
  }

  @Override
  public Optional<MachineClient> find(String clientId) {
    List<MachineClient> found =
        query("SELECT " + COLUMNS + " FROM auth_client WHERE client_id = ?", clientId);
    return found.stream().findFirst();
  }

  @Override
  public List<MachineClient> ownedBy(String ownerId) {
    return query(
        "SELECT "
            + COLUMNS
            + " FROM auth_client WHERE owner_id = ? ORDER BY created_at DESC, client_id",
        ownerId);
  }

  @Override
  public boolean remove(String ownerId, String clientId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM auth_client WHERE owner_id = ? AND client_id = ?")) {
      delete.setString(1, ownerId);
      delete.setString(2, clientId);
      return delete.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new DataAccessException("Could not delete a client", e);
    }
  }

  private List<MachineClient> query(String sql, String parameter) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, parameter);
      List<MachineClient> clients = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          clients.add(
              new MachineClient(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  Scopes.parse(rows.getString(5)),
                  rows.getTimestamp(6).toInstant()));
        }
      }
      return clients;
    } catch (SQLException e) {
      throw new DataAccessException("Could not read clients", e);
    }
  }
}

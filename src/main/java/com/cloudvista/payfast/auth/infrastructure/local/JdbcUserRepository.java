package com.cloudvista.payfast.auth.infrastructure.local;

import com.cloudvista.payfast.auth.domain.EmailAlreadyRegisteredException;
import com.cloudvista.payfast.auth.domain.User;
import com.cloudvista.payfast.auth.domain.UserRepository;
import com.cloudvista.payfast.auth.domain.UserStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import javax.sql.DataSource;

/** Users of the local provider in table {@code auth_user}. */
@ApplicationScoped
public class JdbcUserRepository implements UserRepository {

  private static final String COLUMNS =
      "id, email, display_name, password_hash, status, created_at";

  @Resource(lookup = "jdbc/payfast")
  DataSource dataSource;

  @Override
  public void add(User user) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO auth_user ("
                    + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT ((lower(email))) DO NOTHING")) {
      insert.setString(1, user.id());
      insert.setString(2, user.email());
      insert.setString(3, user.displayName());
      insert.setString(4, user.passwordHash());
      insert.setString(5, user.status().name());
      insert.setTimestamp(6, Timestamp.from(user.createdAt()));
      if (insert.executeUpdate() == 0) {
        throw new EmailAlreadyRegisteredException();
      }
    } catch (SQLException e) {
      throw new DataAccessException("Could not store a user", e);
    }
  }

  @Override
  public Optional<User> findByEmail(String email) {
    return findOne("SELECT " + COLUMNS + " FROM auth_user WHERE lower(email) = lower(?)", email);
  }

  @Override
  public Optional<User> find(String id) {
    return findOne("SELECT " + COLUMNS + " FROM auth_user WHERE id = ?", id);
  }

  private Optional<User> findOne(String sql, String parameter) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, parameter);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new User(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                UserStatus.valueOf(rows.getString(5)),
                rows.getTimestamp(6).toInstant()));
      }
    } catch (SQLException e) {
      throw new DataAccessException("Could not read a user", e);
    }
  }
}

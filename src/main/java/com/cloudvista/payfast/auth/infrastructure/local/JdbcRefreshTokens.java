package com.cloudvista.payfast.auth.infrastructure.local;

import com.cloudvista.payfast.auth.infrastructure.Secrets;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Opaque refresh tokens, stored as SHA-256 hashes. A token is used once: presenting it claims it
 * and stores its successor in one statement, so two concurrent uses cannot both succeed; presenting
 * an already-used token revokes its whole family (RFC 9700 §4.14 refresh token rotation).
 */
@ApplicationScoped
public class JdbcRefreshTokens {

  @Resource(lookup = "jdbc/payfast")
  DataSource dataSource;

  /** Starts a new family at sign-in; returns the opaque token. */
  public String issue(String userId, String clientId, Instant authTime, Instant expiresAt) {
    String token = Secrets.opaqueToken();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO auth_refresh_token (token_hash, family_id, user_id, client_id, auth_time, expires_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, Secrets.sha256(token));
      insert.setString(2, UUID.randomUUID().toString());
      insert.setString(3, userId);
      insert.setString(4, clientId);
      insert.setTimestamp(5, Timestamp.from(authTime));
      insert.setTimestamp(6, Timestamp.from(expiresAt));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("Could not store a refresh token", e);
    }
    return token;
  }

  /**
   * Uses {@code token} and stores {@code successor} in its place, keeping the family's absolute
   * expiry (rotation never extends a sign-in beyond its refresh-token lifetime).
   */
  public RefreshOutcome rotate(String token, String successor, String clientId) {
    String hash = Secrets.sha256(token);
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement claim =
          connection.prepareStatement(
              "WITH claimed AS ("
                  + " UPDATE auth_refresh_token SET used_at = now()"
                  + " WHERE token_hash = ? AND client_id = ? AND used_at IS NULL AND revoked_at IS NULL"
                  + " AND expires_at > now()"
                  + " RETURNING family_id, user_id, client_id, auth_time, expires_at)"
                  + " INSERT INTO auth_refresh_token (token_hash, family_id, user_id, client_id, auth_time, expires_at)"
                  + " SELECT ?, family_id, user_id, client_id, auth_time, expires_at FROM claimed"
                  + " RETURNING user_id, auth_time, family_id")) {
        claim.setString(1, hash);
        claim.setString(2, clientId);
        claim.setString(3, Secrets.sha256(successor));
        try (ResultSet rows = claim.executeQuery()) {
          if (rows.next()) {
            return new RefreshOutcome.Rotated(
                rows.getString(1), rows.getTimestamp(2).toInstant(), rows.getString(3));
          }
        }
      }
      try (PreparedStatement lookup =
          connection.prepareStatement(
              "SELECT family_id FROM auth_refresh_token WHERE token_hash = ? AND used_at IS NOT NULL")) {
        lookup.setString(1, hash);
        try (ResultSet rows = lookup.executeQuery()) {
          if (rows.next()) {
            String family = rows.getString(1);
            revokeFamily(connection, family);
            return new RefreshOutcome.Reused(family);
          }
        }
      }
      return new RefreshOutcome.Invalid();
    } catch (SQLException e) {
      throw new DataAccessException("Could not rotate a refresh token", e);
    }
  }

  /** RFC 7009: revokes the token's family if it was issued to this client; false otherwise. */
  public boolean revoke(String token, String clientId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement lookup =
            connection.prepareStatement(
                "SELECT family_id FROM auth_refresh_token WHERE token_hash = ? AND client_id = ?")) {
      lookup.setString(1, Secrets.sha256(token));
      lookup.setString(2, clientId);
      try (ResultSet rows = lookup.executeQuery()) {
        if (!rows.next()) {
          return false;
        }
        revokeFamily(connection, rows.getString(1));
        return true;
      }
    } catch (SQLException e) {
      throw new DataAccessException("Could not revoke a refresh token", e);
    }
  }

  private static void revokeFamily(Connection connection, String familyId) throws SQLException {
    try (PreparedStatement revoke =
        connection.prepareStatement(
            "UPDATE auth_refresh_token SET revoked_at = now() WHERE family_id = ? AND revoked_at IS NULL")) {
      revoke.setString(1, familyId);
      revoke.executeUpdate();
    }
  }
}

package com.cloudvista.payfast.auth.infrastructure.local;

import com.cloudvista.payfast.auth.application.AuthSettings;
import com.cloudvista.payfast.platform.context.AppLog;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The local issuer's RSA signing keys, kept in the database so that every instance and every
 * restart signs and verifies with the same keys. The active key of the highest generation signs; a
 * rotated-out key stays published until its last token has expired. Generations are unique, so two
 * instances creating the first key (or rotating) at the same moment agree on one winner.
 */
@ApplicationScoped
public class SigningKeys {

  private static final Logger LOG = AppLog.logger(SigningKeys.class);

  /** How long an instance keeps using what it read before looking for a rotation by another one. */
  private static final Duration REFRESH = Duration.ofSeconds(30);

  private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  @Resource(lookup = "jdbc/payfast")
  DataSource dataSource;

  @Inject AuthSettings settings;

  private record Snapshot(
      RSAKey signing, Instant signingCreatedAt, List<RSAKey> published, Instant loadedAt) {}

  private volatile Snapshot snapshot;

  /** The private key that signs new tokens. */
  public RSAKey signingKey() {
    Snapshot current = snapshot;
    if (current == null || current.loadedAt().plus(REFRESH).isBefore(Instant.now())) {
      current = reload();
    }
    return current.signing();
  }

  /** The public keys tokens may be signed with: the signing key and retired keys still in use. */
  public JWKSet publicKeys() {
    return new JWKSet(
        reload().published().stream()
            .map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK())
            .toList());
  }

  /**
   * Makes a new key the signing key; the previous ones stay published until their tokens expire.
   */
  public synchronized String rotate() {
    try (Connection connection = dataSource.getConnection()) {
      String kid = insertNextGeneration(connection);
      Instant retireAfter = Instant.now().plus(settings.accessTokenTtl()).plus(CLOCK_SKEW);
      try (PreparedStatement retire =
          connection.prepareStatement(
              "UPDATE auth_signing_key SET retired_at = now(), retire_after = ?"
                  + " WHERE retired_at IS NULL AND generation < (SELECT generation FROM auth_signing_key WHERE kid = ?)")) {
        retire.setTimestamp(1, Timestamp.from(retireAfter));
        retire.setString(2, kid);
        retire.executeUpdate();
      }
      LOG.info("Rotated the token signing key; new kid " + kid);
    } catch (SQLException e) {
      throw new DataAccessException("Could not rotate the signing key", e);
    }
    return reload().signing().getKeyID();
  }

  private synchronized Snapshot reload() {
    try (Connection connection = dataSource.getConnection()) {
      Snapshot loaded = read(connection);
      if (loaded == null) {
        insertNextGeneration(connection);
        loaded = read(connection);
      }
      Duration interval = settings.keyRotationInterval();
      if (!interval.isZero() && loaded.signingCreatedAt().plus(interval).isBefore(Instant.now())) {
        snapshot = loaded;
        rotate();
        return snapshot;
      }
      snapshot = loaded;
      return loaded;
    } catch (SQLException e) {
      throw new DataAccessException("Could not read the signing keys", e);
    }
  }

  private static Snapshot read(Connection connection) throws SQLException {
    RSAKey signing = null;
    Instant signingCreatedAt = null;
    List<RSAKey> published = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT private_jwk, created_at, retired_at FROM auth_signing_key"
                    + " WHERE retire_after IS NULL OR retire_after > now() ORDER BY generation DESC");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        RSAKey key = RSAKey.parse(rows.getString(1));
        published.add(key);
        if (signing == null && rows.getTimestamp(3) == null) {
          signing = key;
          signingCreatedAt = rows.getTimestamp(2).toInstant();
        }
      }
    } catch (ParseException e) {
      throw new IllegalStateException("A stored signing key is not a valid JWK", e);
    }
    return signing == null
        ? null
        : new Snapshot(signing, signingCreatedAt, List.copyOf(published), Instant.now());
  }

  /**
   * Inserts a key one generation above the newest; a concurrent insert of the same generation wins.
   */
  private static String insertNextGeneration(Connection connection) throws SQLException {
    RSAKey key = generate();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO auth_signing_key (kid, private_jwk, generation)"
                + " SELECT ?, ?, COALESCE(MAX(generation), 0) + 1 FROM auth_signing_key"
                + " ON CONFLICT (generation) DO NOTHING")) {
      insert.setString(1, key.getKeyID());
      insert.setString(2, key.toJSONString());
      if (insert.executeUpdate() == 1) {
        return key.getKeyID();
      }
    }
    try (PreparedStatement newest =
            connection.prepareStatement(
                "SELECT kid FROM auth_signing_key ORDER BY generation DESC LIMIT 1");
        ResultSet rows = newest.executeQuery()) {
      rows.next();
      return rows.getString(1);
    }
  }

  static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048)
          .keyID(UUID.randomUUID().toString())
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not generate an RSA key", e);
    }
  }
}

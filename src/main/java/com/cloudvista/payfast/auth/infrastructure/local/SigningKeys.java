package com.cloudvista.payfast.auth.infrastructure.local;

import com.cloudvista.payfast.auth.application.AuthSettings;
import com.cloudvista.payfast.platform.context.AppLog;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

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

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Inject AuthSettings settings;

  private record Snapshot(
      RSAKey signing, Instant signingCreatedAt, List<RSAKey> published, Instant loadedAt) {}

  private volatile Snapshot snapshot;

  /** The private key that signs new tokens. */
  @Transactional
  public RSAKey signingKey() {
    Snapshot current = snapshot;
    if (current == null || current.loadedAt().plus(REFRESH).isBefore(Instant.now())) {
      current = reload();
    }
    return current.signing();
  }

  /** The public keys tokens may be signed with: the signing key and retired keys still in use. */
  @Transactional
  public JWKSet publicKeys() {
    return new JWKSet(
        reload().published().stream()
            .map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK())
            .toList());
  }

  /**
   * Makes a new key the signing key; the previous ones stay published until their tokens expire.
   * Native: the retirement compares generations with a subquery on the new key.
   */
  @Transactional
  public synchronized String rotate() {
    String kid = insertNextGeneration();
    Instant retireAfter = Instant.now().plus(settings.accessTokenTtl()).plus(CLOCK_SKEW);
    em.createNativeQuery(
            "UPDATE auth_signing_key SET retired_at = now(), retire_after = ?1"
                + " WHERE retired_at IS NULL AND generation < (SELECT generation FROM auth_signing_key WHERE kid = ?2)")
        .setParameter(1, Timestamp.from(retireAfter))
        .setParameter(2, kid)
        .executeUpdate();
    LOG.info("Rotated the token signing key; new kid " + kid);
    return reload().signing().getKeyID();
  }

  private synchronized Snapshot reload() {
    Snapshot loaded = read();
    if (loaded == null) {
      insertNextGeneration();
      loaded = read();
    }
    Duration interval = settings.keyRotationInterval();
    if (!interval.isZero() && loaded.signingCreatedAt().plus(interval).isBefore(Instant.now())) {
      snapshot = loaded;
      rotate();
      return snapshot;
    }
    snapshot = loaded;
    return loaded;
  }

  private Snapshot read() {
    RSAKey signing = null;
    Instant signingCreatedAt = null;
    List<RSAKey> published = new ArrayList<>();
    List<SigningKeyRow> rows =
        em.createQuery(
                "SELECT k FROM SigningKeyRow k"
                    + " WHERE k.retireAfter IS NULL OR k.retireAfter > CURRENT_TIMESTAMP"
                    + " ORDER BY k.generation DESC",
                SigningKeyRow.class)
            .getResultList();
    try {
      for (SigningKeyRow row : rows) {
        RSAKey key = RSAKey.parse(row.privateJwk());
        published.add(key);
        if (signing == null && !row.isRetired()) {
          signing = key;
          signingCreatedAt = row.createdAt().toInstant();
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
   * Native: {@code INSERT ... SELECT MAX(generation) + 1 ... ON CONFLICT (generation) DO NOTHING}
   * lets the unique generation pick one winner without an error.
   */
  private String insertNextGeneration() {
    RSAKey key = generate();
    int inserted =
        em.createNativeQuery(
                "INSERT INTO auth_signing_key (kid, private_jwk, generation)"
                    + " SELECT ?1, ?2, COALESCE(MAX(generation), 0) + 1 FROM auth_signing_key"
                    + " ON CONFLICT (generation) DO NOTHING")
            .setParameter(1, key.getKeyID())
            .setParameter(2, key.toJSONString())
            .executeUpdate();
    if (inserted == 1) {
      return key.getKeyID();
    }
    return em.createQuery(
            "SELECT k.kid FROM SigningKeyRow k ORDER BY k.generation DESC", String.class)
        .setMaxResults(1)
        .getSingleResult();
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

package com.cloudvista.payfast.auth.infrastructure.local;

import com.cloudvista.payfast.auth.domain.User;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Mints RS256 tokens with the claims of Amazon Cognito user-pool tokens, so that the verifying side
 * cannot tell the providers apart: access tokens ({@code token_use: access}, {@code client_id},
 * {@code scope}, no {@code aud}) and ID tokens ({@code token_use: id}, {@code aud} = client id).
 */
public final class LocalTokenIssuer {

  private final String issuer;
  private final Duration ttl;
  private final Clock clock;

  public LocalTokenIssuer(String issuer, Duration ttl, Clock clock) {
    this.issuer = Objects.requireNonNull(issuer);
    this.ttl = Objects.requireNonNull(ttl);
    this.clock = Objects.requireNonNull(clock);
  }

  public Duration ttl() {
    return ttl;
  }

  /** A user's access token; {@code username} is the user id as in pools that sign in by e-mail. */
  public String userAccessToken(
      RSAKey key, User user, String clientId, List<String> groups, String scope, Instant authTime) {
    JWTClaimsSet.Builder claims =
        common(user.id(), "access", authTime)
            .claim("client_id", clientId)
            .claim("username", user.id())
            .claim("scope", scope);
    if (!groups.isEmpty()) {
      claims.claim("cognito:groups", groups);
    }
    return sign(key, claims.build());
  }

  /** A machine client's access token: {@code sub} is the client id, no username. */
  public String clientAccessToken(RSAKey key, String clientId, String scope) {
    Instant now = clock.instant();
    return sign(
        key,
        common(clientId, "access", now).claim("client_id", clientId).claim("scope", scope).build());
  }

  public String idToken(
      RSAKey key, User user, String clientId, List<String> groups, Instant authTime) {
    JWTClaimsSet.Builder claims =
        common(user.id(), "id", authTime)
            .audience(clientId)
            .claim("email", user.email())
            .claim("email_verified", true)
            .claim("name", user.displayName())
            .claim("cognito:username", user.id());
    if (!groups.isEmpty()) {
      claims.claim("cognito:groups", groups);
    }
    return sign(key, claims.build());
  }

  private JWTClaimsSet.Builder common(String subject, String tokenUse, Instant authTime) {
    Instant now = clock.instant();
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject(subject)
        .claim("token_use", tokenUse)
        .claim("auth_time", authTime.getEpochSecond())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(ttl)))
        .jwtID(UUID.randomUUID().toString());
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign a token", e);
    }
    return jwt.serialize();
  }
}

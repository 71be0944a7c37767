package com.cloudvista.payfast.auth.infrastructure.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.auth.domain.User;
import com.cloudvista.payfast.auth.domain.UserStatus;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claims must have exactly the shape of Cognito's, or the verifying side would notice. */
class LocalTokenIssuerTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
  private static final RSAKey KEY = SigningKeys.generate();
  private final LocalTokenIssuer issuer =
      new LocalTokenIssuer(
          "http://localhost:9080/auth/v1", Duration.ofHours(1), Clock.fixed(NOW, ZoneOffset.UTC));
  private final User user =
      new User(
          "6f1c4e1a-0000-4000-8000-000000000001",
          "a@b.test",
          "Ann",
          "h",
          UserStatus.CONFIRMED,
          NOW);

  @Test
  void userAccessTokenHasCognitoAccessClaimsAndNoAudience() throws Exception {
    Instant authTime = NOW.minusSeconds(300);
    SignedJWT jwt =
        SignedJWT.parse(
            issuer.userAccessToken(
                KEY,
                user,
                "payfast-web",
                List.of("admin"),
                "aws.cognito.signin.user.admin",
                authTime));

    assertThat(jwt.verify(new RSASSAVerifier(KEY.toRSAPublicKey()))).isTrue();
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(KEY.getKeyID());
    var claims = jwt.getJWTClaimsSet();
    assertThat(claims.getClaims().keySet())
        .containsExactlyInAnyOrder(
            "iss",
            "sub",
            "token_use",
            "client_id",
            "username",
            "cognito:groups",
            "scope",
            "exp",
            "iat",
            "auth_time",
            "jti");
    assertThat(claims.getStringClaim("token_use")).isEqualTo("access");
    assertThat(claims.getLongClaim("auth_time")).isEqualTo(authTime.getEpochSecond());
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(claims.getStringListClaim("cognito:groups")).containsExactly("admin");
  }

  @Test
  void groupsClaimIsOmittedWhenEmptyAsCognitoDoes() throws Exception {
    var claims =
        SignedJWT.parse(issuer.userAccessToken(KEY, user, "payfast-web", List.of(), "s", NOW))
            .getJWTClaimsSet();
    assertThat(claims.getClaims()).doesNotContainKey("cognito:groups");
  }

  @Test
  void clientTokenHasClientAsSubjectAndNoUsername() throws Exception {
    var claims =
        SignedJWT.parse(issuer.clientAccessToken(KEY, "abc123", "payfast/wallets.read"))
            .getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo("abc123");
    assertThat(claims.getClaims()).doesNotContainKeys("username", "aud");
    assertThat(claims.getStringClaim("scope")).isEqualTo("payfast/wallets.read");
  }

  @Test
  void idTokenIsForTheClientAudience() throws Exception {
    var claims =
        SignedJWT.parse(issuer.idToken(KEY, user, "payfast-web", List.of(), NOW)).getJWTClaimsSet();
    assertThat(claims.getStringClaim("token_use")).isEqualTo("id");
    assertThat(claims.getAudience()).containsExactly("payfast-web");
    assertThat(claims.getStringClaim("email")).isEqualTo("a@b.test");
  }
}

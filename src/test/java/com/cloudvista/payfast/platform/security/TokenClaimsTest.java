package com.cloudvista.payfast.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

  /** A token whose getClaim records the names asked for (Liberty's throws for custom names). */
  private static final class RecordingToken implements JsonWebToken {
    final String raw;
    final Map<String, Object> claims;
    final List<String> asked = new ArrayList<>();

    RecordingToken(String raw, Map<String, Object> claims) {
      this.raw = raw;
      this.claims = claims;
    }

    @Override
    public String getName() {
      return "user";
    }

    @Override
    public String getRawToken() {
      return raw;
    }

    @Override
    public Set<String> getClaimNames() {
      return claims.keySet();
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T getClaim(String name) {
      asked.add(name);
      return (T) claims.get(name);
    }
  }

  private static String jws(String payloadJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8))
        + ".c2ln";
  }

  @Test
  void userTokenClaimsComeFromThePayloadWithoutAskingTheToken() {
    RecordingToken token =
        new RecordingToken(
            jws(
                "{\"sub\":\"u1\",\"token_use\":\"access\",\"client_id\":\"payfast-web\","
                    + "\"username\":\"ann@example.com\",\"scope\":\"wallets:read payments:write\"}"),
            Map.of());

    TokenClaims claims = TokenClaims.of(token);

    assertThat(claims)
        .isEqualTo(
            new TokenClaims(
                "access", "payfast-web", "ann@example.com", "wallets:read payments:write"));
    assertThat(claims.isMachineClient()).isFalse();
    assertThat(token.asked).isEmpty();
  }

  @Test
  void absentOrNullUsernameMeansAMachineClient() {
    assertThat(TokenClaims.of(new RecordingToken(jws("{\"token_use\":\"access\"}"), Map.of())))
        .satisfies(c -> assertThat(c.isMachineClient()).isTrue())
        .satisfies(c -> assertThat(c.clientId()).isNull());
    assertThat(
            TokenClaims.of(new RecordingToken(jws("{\"username\":null}"), Map.of()))
                .isMachineClient())
        .isTrue();
  }

  @Test
  void nonStringClaimsAreTheirJsonText() {
    TokenClaims claims =
        TokenClaims.of(new RecordingToken(jws("{\"client_id\":42,\"scope\":[\"a\"]}"), Map.of()));
    assertThat(claims.clientId()).isEqualTo("42");
    assertThat(claims.scope()).isEqualTo("[\"a\"]");
  }

  @Test
  void aTokenThatIsNotACompactJwsIsAskedClaimByClaim() {
    Map<String, Object> values = Map.of("token_use", "access", "client_id", "payfast-web");
    for (String raw : new String[] {"a.b.c.d.e", "no-dots", "a.%%%.c", jws("[1]"), null}) {
      RecordingToken token = new RecordingToken(raw, values);
      TokenClaims claims = TokenClaims.of(token);
      assertThat(claims.tokenUse()).as(raw).isEqualTo("access");
      assertThat(claims.clientId()).as(raw).isEqualTo("payfast-web");
      assertThat(token.asked).containsExactly("token_use", "client_id", "username", "scope");
    }
  }
}

package com.cloudvista.payfast.platform.security;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The custom claims of a verified access token that this service reads, read once per token.
 *
 * <p>Liberty's {@code JsonWebToken.getClaim(name)} starts with {@code Claims.valueOf(name)} and
 * catches the {@code IllegalArgumentException} it throws for every name outside the standard {@code
 * Claims} enum, so each lookup of {@code token_use}, {@code client_id}, {@code username} or {@code
 * scope} built an exception with its stack trace (about six per request, 1.8 % of the server's CPU
 * under the transfer benchmark). These claims are read instead from the payload of the token mpJwt
 * has verified ({@link JsonWebToken#getRawToken()}: the signed JSON itself); a token that is not a
 * signed compact JWT falls back to {@code getClaim}.
 */
public record TokenClaims(String tokenUse, String clientId, String username, String scope) {

  /** Looked up once (see {@code StrictJson}: the lookup is the costly part). */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** A client-credentials token: no user signed in, so no {@code username}. */
  public boolean isMachineClient() {
    return username == null;
  }

  /** The claims of {@code token}. */
  public static TokenClaims of(JsonWebToken token) {
    JsonObject payload = payload(token.getRawToken());
    Function<String, String> claim =
        payload != null ? name -> text(payload.get(name)) : name -> text(token.getClaim(name));
    return new TokenClaims(
        claim.apply("token_use"),
        claim.apply("client_id"),
        claim.apply("username"),
        claim.apply("scope"));
  }

  /** The JSON payload of a signed compact JWT ({@code header.payload.signature}), or null. */
  static JsonObject payload(String rawToken) {
    if (rawToken == null) {
      return null;
    }
    int first = rawToken.indexOf('.');
    int second = first < 0 ? -1 : rawToken.indexOf('.', first + 1);
    if (second < 0 || rawToken.indexOf('.', second + 1) >= 0) {
      return null; // not a JWS in compact form (e.g. an encrypted token: five parts)
    }
    try {
      byte[] json = Base64.getUrlDecoder().decode(rawToken.substring(first + 1, second));
      return JSON.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))
          .readObject();
    } catch (IllegalArgumentException | JsonException e) {
      return null;
    }
  }

  /**
   * A claim as text: a JSON string's value, null for an absent or JSON null claim, any other value
   * as its JSON or {@code toString} text.
   */
  static String text(Object claim) {
    if (claim == null || claim == JsonValue.NULL) {
      return null;
    }
    if (claim instanceof JsonString json) {
      return json.getString();
    }
    return claim.toString();
  }
}

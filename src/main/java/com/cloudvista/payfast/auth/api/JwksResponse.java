package com.cloudvista.payfast.auth.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of the issuer's JWKS (RFC 7517) in the OpenAPI document; the body itself is written by
 * the key store, and the ITs' contract validation checks it against this schema.
 */
@Schema(name = "JwksResponse", description = "The issuer's public signing keys (RFC 7517 JWK Set)")
public record JwksResponse(List<Key> keys) {

  /** One public RSA signing key. */
  @Schema(name = "JsonWebKey")
  public record Key(
      @Schema(enumeration = "RSA") String kty,
      @Schema(description = "Key id, the kid header of the tokens it signs") String kid,
      @Schema(enumeration = "sig") String use,
      @Schema(enumeration = "RS256") String alg,
      @Schema(description = "RSA modulus, base64url") String n,
      @Schema(description = "RSA public exponent, base64url") String e) {}
}

package com.cloudvista.payfast.auth.api;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of the issuer's OpenID Connect discovery document in the OpenAPI document; the body
 * itself is written by the local issuer, and the ITs' contract validation checks it against this
 * schema.
 */
@Schema(
    name = "OpenIdConfigurationResponse",
    description = "OpenID Connect Discovery 1.0 metadata of the issuer")
public record OpenIdConfigurationResponse(
    @Schema(format = "uri", example = "https://wallet.example.com/auth/v1") String issuer,
    @JsonbProperty("jwks_uri") @Schema(format = "uri") String jwksUri,
    @JsonbProperty("token_endpoint") @Schema(format = "uri") String tokenEndpoint,
    @JsonbProperty("revocation_endpoint") @Schema(format = "uri") String revocationEndpoint,
    @JsonbProperty("grant_types_supported") List<String> grantTypesSupported,
    @JsonbProperty("token_endpoint_auth_methods_supported")
        List<String> tokenEndpointAuthMethodsSupported,
    @JsonbProperty("response_types_supported") List<String> responseTypesSupported,
    @JsonbProperty("subject_types_supported") List<String> subjectTypesSupported,
    @JsonbProperty("id_token_signing_alg_values_supported")
        List<String> idTokenSigningAlgValuesSupported,
    @JsonbProperty("scopes_supported") List<String> scopesSupported) {}

package com.cloudvista.payfast.auth.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The form of {@code POST /auth/v1/oauth2/token} as the document shows it (RFC 6749 §4.3, §6,
 * §4.4); {@link TokenResource} reads it field by field through {@link FormBody}. A confidential
 * client authenticates with HTTP Basic instead of {@code client_id}.
 */
@Schema(name = "TokenForm", requiredProperties = "grant_type")
record TokenForm(
    @Schema(
            name = "grant_type",
            enumeration = {"password", "refresh_token", "client_credentials"})
        String grantType,
    @Schema(description = "password grant: the e-mail address") String username,
    @Schema(description = "password grant") String password,
    @Schema(name = "refresh_token", description = "refresh_token grant") String refreshToken,
    @Schema(
            description =
                "client_credentials grant: space-separated scopes, e.g. payfast/wallets.read")
        String scope,
    @Schema(
            name = "client_id",
            description = "public client without HTTP Basic; default payfast-web",
            examples = "payfast-web")
        String clientId) {}

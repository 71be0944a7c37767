package com.cloudvista.payfast.auth.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The form of {@code POST /auth/v1/oauth2/revoke} as the document shows it (RFC 7009 §2.1). */
@Schema(name = "RevokeForm", requiredProperties = "token")
record RevokeForm(
    @Schema(description = "the refresh token to revoke") String token,
    @Schema(name = "token_type_hint", enumeration = "refresh_token") String tokenTypeHint,
    @Schema(
            name = "client_id",
            description = "public client without HTTP Basic",
            examples = "payfast-web")
        String clientId) {}

/** The local provider: a Cognito-compatible issuer of RS256 tokens backed by PostgreSQL. */
package com.cloudvista.payfast.auth.infrastructure.local;

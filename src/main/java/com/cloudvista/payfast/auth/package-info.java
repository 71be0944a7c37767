/**
 * The Auth API: users, OAuth2 tokens (local Cognito-compatible issuer or Amazon Cognito), machine
 * clients.
 */
package com.cloudvista.payfast.auth;

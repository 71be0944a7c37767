package com.cloudvista.payfast.platform.security;

/**
 * Role names for {@code @RolesAllowed}. mpJwt maps the token's {@code cognito:groups} to roles
 * ({@code groupNameAttribute} in server.xml), so a role is a Cognito group of the same name.
 */
public final class Roles {

  /** Group {@code admin}: {@code /api/v1/admin/**}, reversals and signing-key rotation. */
  public static final String ADMIN = "admin";

  private Roles() {}
}

package com.cloudvista.payfast.auth.api;

import java.util.Set;

/** The resource classes of the Auth API (and its OAuth error mapper), for the composition root. */
public final class AuthResources {

  private AuthResources() {}

  public static Set<Class<?>> all() {
    return Set.of(
        UserResource.class,
        TokenResource.class,
        ClientResource.class,
        WellKnownResource.class,
        KeyAdminResource.class,
        OAuthExceptionMapper.class);
  }
}

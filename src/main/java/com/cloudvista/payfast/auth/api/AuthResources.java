package com.cloudvista.payfast.auth.api;

import java.util.Set;

/** The resource classes of the Auth API. */
final class AuthResources {

  private AuthResources() {}

  static Set<Class<?>> all() {
    return Set.of(
        UserResource.class,
        TokenResource.class,
        ClientResource.class,
        WellKnownResource.class,
        KeyAdminResource.class,
        OAuthExceptionMapper.class);
  }
}

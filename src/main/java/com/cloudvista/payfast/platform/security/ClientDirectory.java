package com.cloudvista.payfast.platform.security;

import java.util.Optional;

/**
 * The OAuth2 clients this service trusts: its own app clients (web UI, Cognito app client) and the
 * machine clients users registered. Implemented by the auth context.
 */
public interface ClientDirectory {

  /** True for an app client of this service or a registered machine client. */
  boolean isKnown(String clientId);

  /** The user a machine client acts for; empty for app clients and unknown ids. */
  Optional<String> ownerOf(String clientId);

  /** Drops anything remembered about the client, e.g. after it was deleted. */
  default void forget(String clientId) {}
}

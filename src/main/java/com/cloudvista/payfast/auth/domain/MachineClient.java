package com.cloudvista.payfast.auth.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An integration client a user registered. It acts for its owner, limited to its scopes, which are
 * always a non-empty subset of {@link Scopes#MACHINE}. Only a hash of the secret is kept.
 */
public record MachineClient(
    String clientId,
    String ownerId,
    String name,
    String secretHash,
    List<String> scopes,
    Instant createdAt) {

  public MachineClient {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(secretHash, "secretHash");
    Objects.requireNonNull(createdAt, "createdAt");
    scopes = List.copyOf(scopes);
    if (scopes.isEmpty() || !scopes.stream().allMatch(Scopes::isMachineScope)) {
      throw new IllegalArgumentException(
          "Machine client scopes must be a non-empty subset of " + Scopes.MACHINE);
    }
  }
}

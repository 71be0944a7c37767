package com.cloudvista.payfast.auth.domain;

import java.util.List;
import java.util.Optional;

/** Machine clients, in both providers (in cognito mode the secret lives in the pool). */
public interface MachineClientRepository {

  void add(MachineClient client);

  Optional<MachineClient> find(String clientId);

  /** The owner's clients, newest first. */
  List<MachineClient> ownedBy(String ownerId);

  /** Removes the client if the owner owns it; false when there is no such client of theirs. */
  boolean remove(String ownerId, String clientId);
}

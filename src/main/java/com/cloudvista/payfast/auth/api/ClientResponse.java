package com.cloudvista.payfast.auth.api;

import com.cloudvista.payfast.auth.domain.MachineClient;
import java.time.Instant;
import java.util.List;

/** A machine client as listed (never its secret). */
public record ClientResponse(String clientId, String name, List<String> scopes, Instant createdAt) {

  static ClientResponse of(MachineClient client) {
    return new ClientResponse(
        client.clientId(), client.name(), client.scopes(), client.createdAt());
  }
}

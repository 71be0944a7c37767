package com.cloudvista.payfast.auth.api;

import com.cloudvista.payfast.auth.application.RegisteredClient;
import java.util.List;

/** The one answer that shows a client's secret. */
public record CreatedClientResponse(
    String clientId, String clientSecret, String name, List<String> scopes) {

  static CreatedClientResponse of(RegisteredClient client) {
    return new CreatedClientResponse(
        client.clientId(), client.clientSecret(), client.name(), client.scopes());
  }
}

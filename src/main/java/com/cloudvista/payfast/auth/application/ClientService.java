package com.cloudvista.payfast.auth.application;

import com.cloudvista.payfast.auth.domain.MachineClient;
import com.cloudvista.payfast.auth.domain.MachineClientRepository;
import com.cloudvista.payfast.auth.domain.Scopes;
import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.Problem;
import com.cloudvista.payfast.platform.problem.ProblemException;
import com.cloudvista.payfast.platform.security.ClientDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Machine (integration) clients a user registers, lists and deletes. */
@ApplicationScoped
public class ClientService {

  @Inject IdentityProvider provider;

  @Inject MachineClientRepository clients;

  @Inject ClientDirectory directory;

  public RegisteredClient register(String ownerId, String name, List<String> scopes) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < scopes.size(); i++) {
      if (!Scopes.isMachineScope(scopes.get(i))) {
        errors.add(
            new Problem.FieldError(
                "scopes[" + i + "]",
                "must be one of " + String.join(", ", Scopes.MACHINE.stream().sorted().toList())));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED, "The request is not valid.", errors, Map.of());
    }
    return provider.createMachineClient(
        ownerId, name.trim(), List.copyOf(new LinkedHashSet<>(scopes)));
  }

  public List<MachineClient> list(String ownerId) {
    return clients.ownedBy(ownerId);
  }

  public void delete(String ownerId, String clientId) {
    if (!provider.deleteMachineClient(ownerId, clientId)) {
      throw new ProblemException(ErrorCode.NOT_FOUND, "No such client.");
    }
    directory.forget(clientId);
  }
}

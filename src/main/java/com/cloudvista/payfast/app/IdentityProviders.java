package com.cloudvista.payfast.app;

import com.cloudvista.payfast.auth.application.AuthSettings;
import com.cloudvista.payfast.auth.application.IdentityProvider;
import com.cloudvista.payfast.auth.domain.MachineClientRepository;
import com.cloudvista.payfast.auth.infrastructure.cognito.CognitoClients;
import com.cloudvista.payfast.auth.infrastructure.cognito.CognitoIdentityProvider;
import com.cloudvista.payfast.auth.infrastructure.cognito.CognitoSettings;
import com.cloudvista.payfast.auth.infrastructure.local.LocalIdentityProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.net.http.HttpClient;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Chooses the identity provider from {@code payfast.auth.provider} ({@code local} or {@code
 * cognito}).
 */
@ApplicationScoped
public class IdentityProviders {

  @Produces
  @ApplicationScoped
  IdentityProvider provider(
      AuthSettings settings,
      Instance<LocalIdentityProvider> local,
      MachineClientRepository clients) {
    if (!settings.isCognito()) {
      return local.get();
    }
    CognitoSettings cognito = CognitoSettings.from(ConfigProvider.getConfig());
    return new CognitoIdentityProvider(
        cognito,
        CognitoClients.create(cognito),
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
        clients,
        settings.extraAppClientIds());
  }
}

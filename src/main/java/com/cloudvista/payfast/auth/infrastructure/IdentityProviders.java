package com.cloudvista.payfast.auth.infrastructure;

import com.cloudvista.payfast.auth.application.AuthSettings;
import com.cloudvista.payfast.auth.application.IdentityProvider;
import com.cloudvista.payfast.auth.infrastructure.cognito.CognitoIdentityProvider;
import com.cloudvista.payfast.auth.infrastructure.local.LocalIdentityProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/** Chooses the identity provider from {@code payfast.auth.provider} ({@code local} or {@code cognito}). */
@ApplicationScoped
public class IdentityProviders {

  @Produces
  @ApplicationScoped
  IdentityProvider provider(
      AuthSettings settings, Instance<LocalIdentityProvider> local, Instance<CognitoIdentityProvider> cognito) {
    return settings.isCognito() ? cognito.get() : local.get();
  }
}

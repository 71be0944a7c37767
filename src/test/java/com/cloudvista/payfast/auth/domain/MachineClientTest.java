package com.cloudvista.payfast.auth.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudvista.payfast.platform.security.ScopeNames;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineClientTest {

  @Test
  void scopesMustBeANonEmptySubsetOfTheMachineScopes() {
    new MachineClient("c", "o", "n", "h", List.of(ScopeNames.WALLETS_READ), Instant.now());
    assertThatThrownBy(() -> new MachineClient("c", "o", "n", "h", List.of(), Instant.now()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new MachineClient("c", "o", "n", "h", List.of(Scopes.USER), Instant.now()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

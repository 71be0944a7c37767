package com.cloudvista.payfast.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredAccessFilterTest {

  private static final String[] WRITE = {ScopeNames.TRANSACTIONS_WRITE};
  private static final String[] ADMIN = {Roles.ADMIN};

  @Test
  void aMachineClientNeedsOneOfTheDeclaredScopes() {
    assertThat(
            DeclaredAccessFilter.refusal(
                WRITE, null, true, List.of(ScopeNames.WALLETS_READ), role -> false))
        .isEqualTo("This client lacks the scope payfast/transactions.write.");
    assertThat(
            DeclaredAccessFilter.refusal(
                WRITE, null, true, List.of(ScopeNames.TRANSACTIONS_WRITE), role -> false))
        .isNull();
  }

  @Test
  void aUserHoldsEveryScopeOfTheirOwn() {
    assertThat(DeclaredAccessFilter.refusal(WRITE, null, false, List.of(), role -> false)).isNull();
  }

  @Test
  void aUserNeedsTheRole() {
    assertThat(DeclaredAccessFilter.refusal(null, ADMIN, false, List.of(), role -> false))
        .isEqualTo("Only group admin may do this.");
    assertThat(DeclaredAccessFilter.refusal(null, ADMIN, false, List.of(), Roles.ADMIN::equals))
        .isNull();
  }

  @Test
  void aMachineClientNeverHoldsARoleEvenWithTheScopeAndAGroupClaim() {
    assertThat(
            DeclaredAccessFilter.refusal(
                WRITE, ADMIN, true, List.of(ScopeNames.TRANSACTIONS_WRITE), role -> true))
        .isEqualTo("Only group admin may do this.");
  }

  @Test
  void nothingDeclaredRefusesNothing() {
    assertThat(DeclaredAccessFilter.refusal(null, null, true, List.of(), role -> false)).isNull();
  }
}

package com.cloudvista.payfast.auth.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = PasswordPolicy.cognitoDefault();

  @Test
  void strongPasswordPasses() {
    assertThat(policy.violations("Correct-Horse-9-battery")).isEmpty();
  }

  @Test
  void everyMissingClassIsReported() {
    assertThat(policy.violations("short")).hasSize(4); // length, upper, digit, symbol
    assertThat(policy.violations("alllowercase-12345"))
        .containsExactly("must contain an upper-case letter");
    assertThat(policy.violations("ALLUPPERCASE-12345"))
        .containsExactly("must contain a lower-case letter");
    assertThat(policy.violations("NoDigitsHere-here")).containsExactly("must contain a digit");
    assertThat(policy.violations("NoSymbolsHere123"))
        .singleElement()
        .asString()
        .startsWith("must contain a symbol");
    assertThat(policy.violations("Sh0rt-Pass!"))
        .containsExactly("must be at least 12 characters long");
  }

  @Test
  void relaxedPolicyFromConfiguration() {
    PasswordPolicy relaxed = new PasswordPolicy(8, false, true, false, false);
    assertThat(relaxed.violations("lowercase")).isEmpty();
    assertThat(relaxed.violations("lower")).containsExactly("must be at least 8 characters long");
  }

  @Test
  void cognitoBoundsOnMinimumLength() {
    assertThatThrownBy(() -> new PasswordPolicy(5, true, true, true, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordPolicy(100, true, true, true, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

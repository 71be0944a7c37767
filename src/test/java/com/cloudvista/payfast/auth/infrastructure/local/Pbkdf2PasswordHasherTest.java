package com.cloudvista.payfast.auth.infrastructure.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

  private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(210_000);

  @Test
  void verifiesTheRightPasswordOnly() {
    String stored = hasher.hash("Correct-Horse-9-battery");
    assertThat(stored).startsWith("pbkdf2-sha256$210000$");
    assertThat(hasher.verify("Correct-Horse-9-battery", stored)).isTrue();
    assertThat(hasher.verify("Correct-Horse-9-batterY", stored)).isFalse();
  }

  @Test
  void saltMakesEqualPasswordsHashDifferently() {
    assertThat(hasher.hash("same")).isNotEqualTo(hasher.hash("same"));
  }

  @Test
  void hashesOfAnotherWorkFactorStillVerify() {
    String old = new Pbkdf2PasswordHasher(220_000).hash("pw");
    assertThat(hasher.verify("pw", old)).isTrue();
  }

  @Test
  void refusesWeakWorkFactorsAndForeignFormats() {
    assertThatThrownBy(() -> new Pbkdf2PasswordHasher(100_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(hasher.verify("pw", "$2a$10$bcrypt")).isFalse();
  }
}

package com.cloudvista.payfast.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

public class IdempotencyKeysTest {

  public record Body(String walletId, long amount) {}

  @Test
  void acceptsOneTo255PrintableAscii() {
    assertThat(IdempotencyKeys.require("a")).isEqualTo("a");
    assertThat(IdempotencyKeys.require("x".repeat(255))).hasSize(255);
    assertThat(IdempotencyKeys.require("key with spaces ~!")).isNotNull();
  }

  @Test
  void refusesMissingEmptyLongOrNonPrintable() {
    for (String bad : new String[] {null, "", "x".repeat(256), "tab\there", "caf\u00e9", "nl\n"}) {
      assertThatThrownBy(() -> IdempotencyKeys.require(bad))
          .isInstanceOf(ProblemException.class)
          .extracting(e -> ((ProblemException) e).code())
          .isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REQUIRED);
    }
  }

  @Test
  void requestHashIsCanonicalAndSensitiveToEveryField() {
    assertThat(IdempotentExecutor.hash(new Body("w", 10)))
        .isEqualTo(IdempotentExecutor.hash(new Body("w", 10)));
    assertThat(IdempotentExecutor.hash(new Body("w", 10)))
        .isNotEqualTo(IdempotentExecutor.hash(new Body("w", 11)));
    assertThat(IdempotentExecutor.hash(null)).hasSize(64);
  }
}

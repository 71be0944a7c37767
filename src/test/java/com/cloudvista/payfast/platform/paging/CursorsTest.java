package com.cloudvista.payfast.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorsTest {

  private final Cursors cursors = new Cursors("secret");
  private final Cursors.Position position =
      new Cursors.Position(Instant.parse("2026-11-21T10:15:30.123456Z"), "42");

  @Test
  void roundTripsWithMicrosecondPrecision() {
    assertThat(cursors.decode("statement:w1", cursors.encode("statement:w1", position)))
        .isEqualTo(position);
  }

  @Test
  void tamperedForeignOrGarbageCursorsAre400() {
    String cursor = cursors.encode("statement:w1", position);
    String tampered = "MTc2|" + cursor.substring(5);
    for (String bad : new String[] {tampered, "garbage", "a.b", "", cursor + "x"}) {
      assertThatThrownBy(() -> cursors.decode("statement:w1", bad))
          .isInstanceOf(ProblemException.class)
          .extracting(e -> ((ProblemException) e).code())
          .isEqualTo(ErrorCode.VALIDATION_FAILED);
    }
    assertThatThrownBy(() -> cursors.decode("statement:w2", cursor))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> new Cursors("other").decode("statement:w1", cursor))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void limitDefaultsAndBounds() {
    assertThat(PageRequest.limit(null)).isEqualTo(50);
    assertThat(PageRequest.limit("200")).isEqualTo(200);
    assertThat(PageRequest.limit("1")).isEqualTo(1);
    for (String bad : new String[] {"0", "201", "-1", "abc", "1.5"}) {
      assertThatThrownBy(() -> PageRequest.limit(bad)).isInstanceOf(ProblemException.class);
    }
  }
}

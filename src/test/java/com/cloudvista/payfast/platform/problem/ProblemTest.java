package com.cloudvista.payfast.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void serialisesTheContractShape() {
    Problem problem =
        Problem.of(ErrorCode.INSUFFICIENT_FUNDS, "Balance too low.", "/api/v1/transfers", "req-1")
            .withErrors(List.of(new Problem.FieldError("amount", "too big")));

    String json = ProblemResponses.toJson(problem);

    assertThat(json)
        .startsWith("{\"type\":\"https://payfast.cloudvista.com/problems/insufficient_funds\"")
        .contains("\"status\":422")
        .contains("\"code\":\"insufficient_funds\"")
        .contains("\"requestId\":\"req-1\"")
        .contains("\"errors\":[{\"field\":\"amount\",\"message\":\"too big\"}]");
  }

  @Test
  void leavesOutAbsentMembers() {
    String json = ProblemResponses.toJson(Problem.of(ErrorCode.NOT_FOUND, "gone", null, null));

    assertThat(json).doesNotContain("instance").doesNotContain("errors").doesNotContain("null");
  }

  @Test
  void mapsBareStatusesToContractCodes() {
    assertThat(ErrorCode.forStatus(404)).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(ErrorCode.forStatus(415)).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    assertThat(ErrorCode.forStatus(413).value()).isEqualTo("payload_too_large");
    assertThat(ErrorCode.forStatus(502)).isEqualTo(ErrorCode.INTERNAL_ERROR);
  }
}

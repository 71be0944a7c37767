package com.cloudvista.payfast.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxGzipTest {

  private static List<String> batch(int size, String marker) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      lines.add("{\"transactionId\":\"tx-" + marker + i + "\",\"amount\":" + (i * 37 + 1) + "}");
    }
    return lines;
  }

  @Test
  void theSameBatchAlwaysGivesTheSameBytes() throws Exception {
    byte[] first = JsonLinesGzip.encode(batch(500, "a"));
    Thread.sleep(1100); // a gzip header with a timestamp would differ now
    byte[] again = JsonLinesGzip.encode(new ArrayList<>(batch(500, "a")));

    assertThat(again).isEqualTo(first);
    assertThat(JsonLinesGzip.encode(batch(500, "b"))).isNotEqualTo(first);
  }

  @Test
  void headerHasNoFileNameAndNoModificationTime() {
    byte[] object = JsonLinesGzip.encode(batch(3, "h"));

    assertThat(object[0] & 0xff).isEqualTo(0x1f);
    assertThat(object[1] & 0xff).isEqualTo(0x8b);
    assertThat(object[3]).as("FLG: no FNAME, FCOMMENT, FEXTRA").isZero();
    assertThat(new byte[] {object[4], object[5], object[6], object[7]}).as("MTIME").containsOnly(0);
  }

  @Test
  void decodesToTheSameLinesEachEndingInANewline() {
    List<String> lines = batch(20, "d");

    assertThat(JsonLinesGzip.decode(JsonLinesGzip.encode(lines))).isEqualTo(lines);
    assertThatThrownBy(() -> JsonLinesGzip.encode(List.of("{}\n{}")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

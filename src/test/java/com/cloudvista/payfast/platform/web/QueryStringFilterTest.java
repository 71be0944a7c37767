package com.cloudvista.payfast.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringFilterTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"q=caf%C3%A9", "limit=50&cursor=abc", "flag", "a=&b=1", "q=100%25", "q=a+b"})
  void acceptsWhatDecodesToText(String query) {
    assertThat(QueryStringFilter.refusal(query)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "q=a%00b              | Query parameter q must not contain a NUL character.",
        "limit=5&category=%00 | Query parameter category must not contain a NUL character.",
        "q%00=a               | Query parameter q? must not contain a NUL character.",
        "q=%zz                | Query parameter q is not valid percent-encoding.",
        "q=abc%               | Query parameter q is not valid percent-encoding.",
        "%zz=1                | Query parameter ?zz is not valid percent-encoding.",
      })
  void refusesNulAndBadPercentEncodingNamingTheParameter(String query, String refusal) {
    assertThat(QueryStringFilter.refusal(query)).isEqualTo(refusal);
  }
}

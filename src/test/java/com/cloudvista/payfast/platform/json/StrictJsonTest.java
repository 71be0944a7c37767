package com.cloudvista.payfast.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudvista.payfast.platform.problem.Problem.FieldError;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {

  record Match(String merchantContains, Long minAmount) {}

  record Body(
      String walletId,
      Long amount,
      Boolean capture,
      List<String> tags,
      Instant spentAt,
      Match match) {}

  private static JsonObject read(String json) {
    return StrictJson.object(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<FieldError> refusal(String json) {
    try {
      read(json);
    } catch (ProblemException e) {
      return e.fieldErrors();
    }
    throw new AssertionError("accepted: " + json);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", "{", "}", "1", "[", " "})
  void aBodyOfFewerThanFourBytesIsAClientErrorNotAnEncodingFailure(String body) {
    // JSON-P's encoding detection threw a bare JsonException (a 500) on these; found by FuzzIT
    assertThatThrownBy(() -> read(body))
        .isInstanceOfAny(ProblemException.class, jakarta.json.stream.JsonParsingException.class);
  }

  @Test
  void aBodyThatIsNotUtf8IsRefused() {
    byte[] latin1 = "{\"reference\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> StrictJson.object(new ByteArrayInputStream(latin1)))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void readsOneObjectAsItIs() {
    JsonObject object =
        read("{\"walletId\":\"w\",\"amount\":1250,\"tags\":[\"a\"],\"match\":{\"minAmount\":5}}");
    assertThat(object.getString("walletId")).isEqualTo("w");
    assertThat(object.getJsonNumber("amount").longValueExact()).isEqualTo(1250L);
    assertThat(StrictJson.typeErrors(object, Body.class)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[{\"amount\":1},{\"amount\":2}]                | body | must be one JSON object",
        "\"just a string\"                               | body | must be one JSON object",
        "{\"amount\":1}{\"amount\":2}                    | body | must be one JSON object with nothing after it",
        "{\"amount\":1,\"amount\":2}                     | amount | appears more than once",
        "{\"match\":{\"minAmount\":1,\"minAmount\":2}}   | match.minAmount | appears more than once",
        "{\"walletId\":\"nul\\u0000byte\"}               | walletId | must not contain a NUL character",
        "{\"tags\":[\"ok\",\"a\\u0000\"]}                | tags[1] | must not contain a NUL character",
        "{\"wallet\\u0000Id\":\"w\"}                     | wallet\u0000Id | must not contain a NUL character",
      })
  void refusesWhatALenientParserWouldReadOneWayOrAnother(
      String json, String field, String message) {
    assertThat(refusal(json)).containsExactly(new FieldError(field, message));
  }

  @Test
  void trailingGarbageIsRefusedAndMalformedJsonStaysAParseError() {
    assertThat(refusal("{\"amount\":1}GARBAGE"))
        .containsExactly(new FieldError("body", "must be one JSON object with nothing after it"));
    assertThatThrownBy(() -> read("{\"amount\":"))
        .isInstanceOf(jakarta.json.stream.JsonParsingException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"capture\":1}              | capture | must be a boolean",
        "{\"capture\":\"yes\"}        | capture | must be a boolean",
        "{\"capture\":\"true\"}       | capture | must be a boolean",
        "{\"amount\":\"1250\"}        | amount | must be a number",
        "{\"amount\":true}            | amount | must be a number",
        "{\"walletId\":42}            | walletId | must be a string",
        "{\"walletId\":{\"id\":1}}    | walletId | must be a string",
        "{\"tags\":\"groceries\"}     | tags | must be an array",
        "{\"tags\":[1]}               | tags[0] | must be a string",
        "{\"spentAt\":1700000000}     | spentAt | must be a string",
        "{\"match\":[]}               | match | must be an object",
        "{\"match\":{\"minAmount\":\"5\"}} | match.minAmount | must be a number",
      })
  void neverCoercesAType(String json, String field, String message) {
    assertThat(StrictJson.typeErrors(read(json), Body.class))
        .containsExactly(new FieldError(field, message));
  }

  @Test
  void nullsAndUnknownFieldsAreLeftToValidation() {
    assertThat(
            StrictJson.typeErrors(
                read("{\"capture\":null,\"amount\":null,\"other\":[1,{}]}"), Body.class))
        .isEmpty();
  }
}

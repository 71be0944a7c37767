package com.cloudvista.payfast.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The check every IT client goes through (RestAssured, JAX-RS, java.net.http), on a small document.
 */
class ContractValidationTest {

  private static final String DOCUMENT =
      """
      {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
       "paths": {"/api/v1/things": {"post": {
         "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/New"}}}},
         "responses": {"201": {"description": "made",
           "headers": {"Location": {"schema": {"type": "string"}}},
           "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
       "components": {"schemas": {
         "New": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]},
         "Thing": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": ["string", "null"]}},
                   "required": ["id", "name"]}}}}
      """;

  private static final URI THINGS = URI.create("http://localhost:9180/api/v1/things");
  private static final Map<String, List<String>> JSON =
      Map.of("Content-Type", List.of("application/json"));

  private final ContractValidation contract = contract();

  private static ContractValidation contract() {
    try {
      return ContractValidation.of(
          "http://localhost:9180",
          DOCUMENT,
          Files.createTempDirectory("coverage").resolve("c.txt"));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void answer(String requestBody, Map<String, List<String>> headers, String body) {
    contract.check("POST", THINGS, JSON, requestBody, 201, headers, body);
  }

  @Test
  void aDocumentedExchangePasses() {
    assertThatCode(
            () ->
                answer(
                    "{\"name\":\"a\"}",
                    Map.of("Location", List.of("/x"), "Content-Type", List.of("application/json")),
                    "{\"id\":\"1\",\"name\":null}"))
        .doesNotThrowAnyException();
  }

  @Test
  void anUndocumentedFieldFails() {
    assertThatThrownBy(
            () -> answer("{\"name\":\"a\"}", JSON, "{\"id\":\"1\",\"name\":\"a\",\"extra\":1}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("extra");
  }

  @Test
  void anUndocumentedHeaderFails() {
    Map<String, List<String>> headers =
        Map.of("Content-Type", List.of("application/json"), "X-Secret", List.of("1"));
    assertThatThrownBy(() -> answer("{\"name\":\"a\"}", headers, "{\"id\":\"1\",\"name\":\"a\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("X-Secret");
  }

  @Test
  void anAcceptedRequestTheDocumentForbidsFails() {
    assertThatThrownBy(() -> answer("{}", JSON, "{\"id\":\"1\",\"name\":\"a\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("request the document forbids was accepted");
  }

  @Test
  void callsToOtherServersAreNotChecked() {
    assertThatCode(
            () ->
                contract.check(
                    "PUT",
                    URI.create("http://127.0.0.1:9191/bucket/key"),
                    Map.of(),
                    "x",
                    200,
                    Map.of("ETag", List.of("e")),
                    ""))
        .doesNotThrowAnyException();
  }
}

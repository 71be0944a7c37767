package com.cloudvista.payfast.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.authentication.PreemptiveBasicAuthScheme;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Every request the ITs send to the Auth or Transaction API, and its answer, checked against the
 * OpenAPI document the server serves (swagger-request-validator): as a global RestAssured filter
 * installed by {@link TestEnvironment#start()}, as a JAX-RS client filter on the typed clients of
 * the MicroShed ITs ({@link ContractValidationClientFilter}), and through {@link
 * #check(HttpResponse)} for the tests that send with {@code java.net.http}. The test that made the
 * call fails when the answer has an undocumented status, header or field, or breaks its schema; and
 * when the server accepted (2xx/3xx) a request that the document says is invalid. A request the
 * document forbids that the server refused is what error-path tests do, so that is fine.
 *
 * <p>The validator's schema checks are JSON Schema draft 4 (OpenAPI 3.0): the served 3.1 document
 * is translated mechanically first (type unions with null become {@code nullable}, numeric
 * exclusive bounds become boolean ones, {@code examples} lists are dropped), and every object
 * schema with named properties is closed ({@code additionalProperties: false}), so an undocumented
 * field fails.
 *
 * <p>Which operations and responses were exercised is written to {@code
 * target/contract-coverage/<pass>.txt} when the JVM exits.
 */
public final class ContractValidation implements Filter {

  /** Headers of HTTP itself or of the container, which no operation documents. */
  private static final Set<String> TRANSPORT_HEADERS =
      Set.of(
          "content-type",
          "content-length",
          "content-language",
          "date",
          "transfer-encoding",
          "connection",
          "keep-alive",
          "vary",
          "content-encoding");

  private final URI base;
  private final OpenApiInteractionValidator validator;
  private final JsonNode document;
  private final Set<String> operations = ConcurrentHashMap.newKeySet();
  private final Set<String> responses = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> outside = new ConcurrentHashMap<>();

  private ContractValidation(URI base, JsonNode document) {
    this.base = base;
    this.document = document;
    this.validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(openApi30(document).toString())
            .withCustomResponseValidation(this::documentedHeaders)
            .build();
  }

  /**
   * The filter for the server at {@code baseUrl}, validating against the document it serves now.
   */
  static ContractValidation of(String baseUrl, String servedJson, Path coverageFile) {
    try {
      ContractValidation validation =
          new ContractValidation(URI.create(baseUrl), new ObjectMapper().readTree(servedJson));
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> validation.writeCoverage(coverageFile)));
      return validation;
    } catch (IOException e) {
      throw new IllegalStateException("the served OpenAPI document is not JSON", e);
    }
  }

  @Override
  public io.restassured.response.Response filter(
      FilterableRequestSpecification requestSpec,
      FilterableResponseSpecification responseSpec,
      FilterContext ctx) {
    authorizationAsHeader(requestSpec);
    io.restassured.response.Response answer = ctx.next(requestSpec, responseSpec);
    Set<String> headers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    answer.getHeaders().forEach(h -> headers.add(h.getName()));
    check(
        URI.create(requestSpec.getURI()),
        request(requestSpec),
        RestAssuredResponse.of(answer),
        headers,
        answer::asString);
    return answer;
  }

  /**
   * Checks one exchange, whatever client made it (the RestAssured filter above, {@link
   * ContractValidationClientFilter} for the JAX-RS clients, {@link #check(HttpResponse)} for {@code
   * java.net.http}); calls to anything but the Auth and Transaction APIs of this server pass
   * unchecked.
   *
   * @throws AssertionError on contract drift
   */
  private void check(
      URI uri, Request request, Response answer, Set<String> headerNames, Supplier<String> body) {
    String path = uri.getRawPath();
    if (uri.getPort() != base.getPort()
        || !(path.startsWith("/api/") || path.startsWith("/auth/"))) {
      return; // S3, health, metrics, the document itself, the web UI
    }
    Response response = new WithHeaderNames(answer, headerNames);
    String call = request.getMethod() + " " + path + " → " + response.getStatus();
    ValidationReport requestReport = validator.validateRequest(request);
    if (requestReport.getMessages().stream()
        .anyMatch(
            m ->
                m.getKey().equals("validation.request.path.missing")
                    || m.getKey().equals("validation.request.operation.notAllowed"))) {
      if (response.getStatus() < 400) {
        throw new AssertionError("Undocumented operation answered " + call);
      }
      outside.merge(
          request.getMethod() + " " + path + " → " + response.getStatus(), 1, Integer::sum);
      return;
    }
    ValidationReport responseReport =
        validator.validateResponse(path, request.getMethod(), response);
    List<String> problems = new ArrayList<>();
    if (response.getStatus() < 400) {
      requestReport.getMessages().stream()
          .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
          .forEach(
              m -> problems.add("request the document forbids was accepted: " + m.getMessage()));
    }
    responseReport.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .forEach(
            m ->
                problems.add(
                    "response: "
                        + m.getMessage()
                        + " "
                        + m.getContext().map(Object::toString).orElse("")));
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "Contract drift on "
              + call
              + ":\n  "
              + String.join("\n  ", problems)
              + "\n  body: "
              + body.get());
    }
  }

  /**
   * The adapter for tests that send with {@code java.net.http}: checks the exchange that produced
   * {@code response} (its request, with the body its publisher sends) and returns the response.
   */
  public <T> HttpResponse<T> check(HttpResponse<T> response) {
    HttpRequest sent = response.request();
    String requestBody =
        sent.bodyPublisher().map(p -> new String(bytesOf(p), StandardCharsets.UTF_8)).orElse(null);
    String text =
        response.body() instanceof String string
            ? string
            : response.body() instanceof byte[] bytes
                ? new String(bytes, StandardCharsets.UTF_8)
                : null;
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(response.headers().map());
    headers.remove(":status"); // an HTTP/2 pseudo-header
    check(
        sent.method(),
        sent.uri(),
        sent.headers().map(),
        requestBody,
        response.statusCode(),
        headers,
        text);
    return response;
  }

  /** Checks one exchange given as plain values (what the adapters other than RestAssured's see). */
  void check(
      String method,
      URI uri,
      Map<String, List<String>> requestHeaders,
      String requestBody,
      int status,
      Map<String, List<String>> responseHeaders,
      String responseBody) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
    requestHeaders.forEach(request::withHeader);
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        request.withQueryParam(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            List.of(
                URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8)));
      }
    }
    if (requestBody != null && !requestBody.isEmpty()) {
      request.withBody(requestBody);
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    responseHeaders.forEach(response::withHeader);
    if (responseBody != null && !responseBody.isEmpty()) {
      response.withBody(responseBody);
    }
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    names.addAll(responseHeaders.keySet());
    check(uri, request.build(), response.build(), names, () -> responseBody);
  }

  /**
   * What a request's body publisher sends (the ITs use in-memory ones, which can be read again).
   */
  private static byte[] bytesOf(HttpRequest.BodyPublisher publisher) {
    HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
    publisher.subscribe(
        new Flow.Subscriber<ByteBuffer>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            bytes.onSubscribe(subscription);
          }

          @Override
          public void onNext(ByteBuffer item) {
            bytes.onNext(List.of(item));
          }

          @Override
          public void onError(Throwable throwable) {
            bytes.onError(throwable);
          }

          @Override
          public void onComplete() {
            bytes.onComplete();
          }
        });
    return bytes.getBody().toCompletableFuture().join();
  }

  /**
   * {@code auth().oauth2(…)} and {@code auth().preemptive().basic(…)} add their header only after
   * the filters; they become the same header here, so the validator sees what the server gets.
   */
  private static void authorizationAsHeader(FilterableRequestSpecification spec) {
    String authorization = null;
    if (spec.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth2) {
      authorization = "Bearer " + oauth2.getAccessToken();
    } else if (spec.getAuthenticationScheme() instanceof PreemptiveBasicAuthScheme basic) {
      authorization =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (basic.getUserName() + ":" + basic.getPassword())
                          .getBytes(StandardCharsets.UTF_8));
    }
    if (authorization != null && !spec.getHeaders().hasHeaderWithName("Authorization")) {
      spec.auth().none();
      spec.header("Authorization", authorization);
    }
  }

  /**
   * The request as the validator reads it; RestAssured keeps form parameters apart from the body.
   */
  private static Request request(FilterableRequestSpecification spec) {
    Request request = RestAssuredRequest.of(spec);
    Map<String, String> form = spec.getFormParams();
    if (form.isEmpty() || request.getBody().isPresent()) {
      return request;
    }
    SimpleRequest.Builder copy = new SimpleRequest.Builder(request.getMethod(), request.getPath());
    request.getHeaders().forEach((name, values) -> copy.withHeader(name, List.copyOf(values)));
    request
        .getQueryParameters()
        .forEach(
            name -> copy.withQueryParam(name, List.copyOf(request.getQueryParameterValues(name))));
    copy.withBody(
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&")));
    return copy.build();
  }

  /** Every response header that is not plain HTTP must be documented for that status. */
  private ValidationReport documentedHeaders(Response response, ApiOperation operation) {
    String method = operation.getMethod().name().toLowerCase(Locale.ROOT);
    String template = operation.getApiPath().original();
    operations.add(method.toUpperCase(Locale.ROOT) + " " + template);
    responses.add(method.toUpperCase(Locale.ROOT) + " " + template + " " + response.getStatus());
    JsonNode documented =
        document
            .path("paths")
            .path(template)
            .path(method)
            .path("responses")
            .path(Integer.toString(response.getStatus()))
            .path("headers");
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    documented.fieldNames().forEachRemaining(names::add);
    List<ValidationReport.Message> undocumented = new ArrayList<>();
    for (String header : headerNames(response)) {
      if (!TRANSPORT_HEADERS.contains(header.toLowerCase(Locale.ROOT)) && !names.contains(header)) {
        undocumented.add(
            ValidationReport.Message.create(
                    "payfast.response.header.undocumented",
                    "Header " + header + " is not documented for " + response.getStatus())
                .build());
      }
    }
    return ValidationReport.from(undocumented);
  }

  private static Set<String> headerNames(Response response) {
    return response instanceof WithHeaderNames named ? named.names() : Set.of();
  }

  /** The validator's view of a response does not list its headers; this one does. */
  private record WithHeaderNames(Response response, Set<String> names) implements Response {
    @Override
    public int getStatus() {
      return response.getStatus();
    }

    @Override
    public java.util.Optional<String> getBody() {
      return response.getBody();
    }

    @Override
    public java.util.Optional<com.atlassian.oai.validator.model.Body> getResponseBody() {
      return response.getResponseBody();
    }

    @Override
    public java.util.Collection<String> getHeaderValues(String name) {
      return response.getHeaderValues(name);
    }
  }

  private void writeCoverage(Path file) {
    try {
      Files.createDirectories(file.getParent());
      StringBuilder text = new StringBuilder();
      text.append(operations.size())
          .append(" operations, ")
          .append(responses.size())
          .append(" operation responses validated against the served document\n");
      new TreeSet<>(responses).forEach(r -> text.append("  ").append(r).append('\n'));
      text.append("calls outside the document (refused, not validated):\n");
      new TreeSet<>(outside.keySet())
          .forEach(
              o -> text.append("  ").append(o).append(" ×").append(outside.get(o)).append('\n'));
      Files.writeString(file, text);
    } catch (IOException e) {
      // the JVM is exiting; the report is a convenience
    }
  }

  /**
   * The served OpenAPI 3.1 document as the 3.0 document the validator reads, with closed objects.
   */
  static JsonNode openApi30(JsonNode served) {
    ObjectNode copy = served.deepCopy();
    copy.put("openapi", "3.0.3");
    JsonNode license = copy.path("info").path("license");
    if (license instanceof ObjectNode l) {
      l.remove("identifier");
    }
    copy.remove("jsonSchemaDialect");
    copy.remove("webhooks");
    downgrade(copy);
    return copy;
  }

  private static void downgrade(JsonNode node) {
    if (node instanceof ArrayNode array) {
      array.forEach(ContractValidation::downgrade);
      return;
    }
    if (!(node instanceof ObjectNode object)) {
      return;
    }
    if (object.get("type") instanceof ArrayNode types) {
      List<String> kinds = new ArrayList<>();
      types.forEach(t -> kinds.add(t.asText()));
      if (kinds.remove("null")) {
        object.put("nullable", true);
      }
      if (kinds.size() == 1) {
        object.put("type", kinds.get(0));
      } else {
        object.remove("type");
      }
    }
    if (object.get("anyOf") instanceof ArrayNode anyOf) {
      for (Iterator<JsonNode> it = anyOf.elements(); it.hasNext(); ) {
        if ("null".equals(it.next().path("type").asText())) {
          it.remove();
          object.put("nullable", true);
        }
      }
    }
    if (object.get("examples") instanceof ArrayNode examples) {
      object.remove("examples");
      if (!examples.isEmpty() && !object.has("example")) {
        object.set("example", examples.get(0));
      }
    }
    for (String bound : List.of("Minimum", "Maximum")) {
      JsonNode exclusive = object.get("exclusive" + bound);
      if (exclusive != null && exclusive.isNumber()) {
        object.set(bound.toLowerCase(Locale.ROOT), exclusive);
        object.put("exclusive" + bound, true);
      }
    }
    if (object.has("const")) {
      object.set("enum", object.arrayNode().add(object.remove("const")));
    }
    if (object.get("properties") instanceof ObjectNode && !object.has("additionalProperties")) {
      object.put("additionalProperties", false);
    }
    object.forEach(ContractValidation::downgrade);
  }
}

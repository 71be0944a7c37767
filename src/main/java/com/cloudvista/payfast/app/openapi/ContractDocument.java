package com.cloudvista.payfast.app.openapi;

import com.cloudvista.payfast.app.AuthApplication;
import com.cloudvista.payfast.app.TransactionApplication;
import com.cloudvista.payfast.ledger.domain.TransactionType;
import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.Problem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document generated from the resources with what the contract says of every
 * operation, so that it cannot drift from the code: the Auth API's paths under its real prefix, one
 * shared {@code Problem} schema for every error (RFC 6749 JSON on the OAuth endpoints), the errors
 * each kind of operation can answer, the required {@code Idempotency-Key} of money-moving POSTs and
 * the headers every response carries. Registered with {@code mp.openapi.filter}.
 */
public class ContractDocument implements OASFilter {

  static final String AUTH_TAG = "Auth";
  static final String AUTH_PREFIX = "/auth/v1/";
  static final String API_PREFIX = "/api/v1/";
  static final String PROBLEM = "Problem";
  static final String OAUTH_ERROR = "OAuthError";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
  private static final String OAUTH_ERROR_REF = "#/components/schemas/" + OAUTH_ERROR;

  /** The error statuses each trait of an operation adds, with what they mean there. */
  private static final Map<String, String> AUTHENTICATED =
      Map.of(
          "401",
          "No, an invalid or an expired access token (unauthorized)",
          "403",
          "Authenticated but not allowed: missing scope or group (forbidden)");

  private static final Map<String, String> WITH_BODY =
      Map.of(
          "400",
          "Malformed JSON or an invalid field (validation_failed, with errors[])",
          "413",
          "Body over 64 KiB (payload_too_large)",
          "415",
          "Body not application/json (unsupported_media_type)");
  private static final Map<String, String> MONEY =
      Map.of(
          "409",
          "The same Idempotency-Key is still being processed (idempotency_in_progress), or a state conflict",
          "422",
          "A business rule refused it; nothing changed (insufficient_funds, currency_mismatch, …)",
          "429",
          "Too many money-moving requests (rate_limited, with Retry-After)");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    moveAuthPaths(openAPI);
    openAPI.getComponents().addSchema(PROBLEM, problemSchema());
    openAPI.getComponents().addSchema(OAUTH_ERROR, oauthErrorSchema());
    completeResponseSchemas(openAPI);
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, operation) -> complete(openAPI, path, operation)));
  }

  /**
   * Response schemas as the records write them (see {@link ResponseSchemas}), with what the
   * contract says of certain properties wherever they appear: a {@code currency} is one of the
   * configured currencies, ids are UUIDs.
   */
  private static void completeResponseSchemas(OpenAPI openAPI) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    // Every API's records, also on an instance that serves one (payfast.modules): the document
    // lists every path either way.
    Set<Class<?>> resources = new HashSet<>(TransactionApplication.resources());
    resources.addAll(AuthApplication.resources());
    ResponseSchemas.records(resources)
        .forEach(
            (name, record) -> {
              Schema schema = schemas.get(name);
              if (schema != null) {
                ResponseSchemas.complete(schema, record);
                schema
                    .getProperties()
                    .forEach(
                        (property, value) -> {
                          if (ResponseSchemas.isUuid(name, property) && isString(value)) {
                            value.setFormat("uuid");
                          }
                        });
              }
            });
    // A property typed by an enum class is a reference; the generator also types it "object".
    schemas.values().stream()
        .filter(schema -> schema.getProperties() != null)
        .flatMap(schema -> schema.getProperties().values().stream())
        .filter(property -> property.getRef() != null)
        .forEach(property -> property.setType(null));
    List<Object> currencies = currencies();
    schemas
        .values()
        .forEach(
            schema -> {
              if (schema.getProperties() != null
                  && schema.getProperties().get("currency") != null
                  && isString(schema.getProperties().get("currency"))) {
                schema.getProperties().get("currency").enumeration(currencies).pattern(null);
              }
            });
  }

  private static boolean isString(Schema schema) {
    return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
  }

  /** ISO 4217 codes of {@code payfast.currencies}, as this server is configured. */
  private static List<Object> currencies() {
    String list =
        ConfigProvider.getConfig()
            .getOptionalValue("payfast.currencies", String.class)
            .orElse("USD,EUR,GBP,ZAR");
    return Arrays.stream(list.split(","))
        .map(String::trim)
        .filter(c -> !c.isEmpty())
        .map(c -> (Object) c)
        .toList();
  }

  /**
   * Both JAX-RS applications share one document, which the generator roots at one of their paths
   * (whichever it meets first): operations tagged {@code Auth} are served under {@code /auth/v1},
   * all others under {@code /api/v1}.
   */
  static void moveAuthPaths(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    Map<String, PathItem> items = new LinkedHashMap<>(openAPI.getPaths().getPathItems());
    items.forEach(
        (path, item) -> {
          boolean auth =
              !item.getOperations().isEmpty()
                  && item.getOperations().values().stream()
                      .allMatch(o -> o.getTags() != null && o.getTags().contains(AUTH_TAG));
          String rest =
              path.startsWith(API_PREFIX)
                  ? path.substring(API_PREFIX.length())
                  : path.startsWith(AUTH_PREFIX) ? path.substring(AUTH_PREFIX.length()) : null;
          String target = rest == null ? path : (auth ? AUTH_PREFIX : API_PREFIX) + rest;
          if (!target.equals(path)) {
            openAPI.getPaths().removePathItem(path);
            openAPI.getPaths().addPathItem(target, item);
          }
        });
  }

  private static void complete(OpenAPI openAPI, String path, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    boolean oauth = path.startsWith("/auth/v1/oauth2/");
    if (operation.getSecurity() == null) {
      operation.setSecurity(List.of()); // public: no token needed
    }
    boolean authenticated = !operation.getSecurity().isEmpty();
    boolean money = isMoneyMoving(operation);
    Map<String, String> errors = new LinkedHashMap<>();
    if (oauth) {
      errors.put("400", "RFC 6749 error: invalid_request, invalid_grant, unsupported_grant_type");
      errors.put("401", "RFC 6749 error: invalid_client");
      errors.put("429", "Repeated failed sign-ins for this username or address");
    } else {
      errors.put(
          "400",
          !parameters(operation, "query").isEmpty() || operation.getRequestBody() != null || money
              ? WITH_BODY.get("400")
              : "A malformed request line, e.g. bad percent-encoding in the path (validation_failed)");
      if (authenticated) {
        errors.putAll(AUTHENTICATED);
      }
      Set<String> body = bodyProperties(openAPI, operation);
      if (path.contains("{")
          || money
          || body.stream().anyMatch(name -> name.endsWith("Id"))
          || parameters(operation, "query").stream().anyMatch(p -> p.getName().endsWith("Id"))) {
        errors.put("404", "Absent, or not visible to the caller (not_found)");
      }
      if (body.stream()
          .anyMatch(name -> name.equalsIgnoreCase("uploadId") || name.endsWith("UploadId"))) {
        errors.put("409", "The upload has no file yet: PUT it to its uploadUrl first (conflict)");
      }
      if (body.contains("amount")) {
        errors.put("422", "A business rule refused it; nothing changed (amount_too_large, …)");
      }
      if (operation.getRequestBody() != null) {
        errors.put("413", WITH_BODY.get("413"));
        errors.put("415", WITH_BODY.get("415"));
      }
      if (money) {
        errors.putAll(MONEY);
      }
      errors.put(
          "503", "A required dependency (the database) is down; safe to retry (unavailable)");
    }
    errors.forEach(
        (status, description) -> {
          if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(
                status, OASFactory.createAPIResponse().description(description));
          }
        });
    responses
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(errorContent(oauth));
              }
              response.addHeader(
                  "X-Request-Id",
                  header(
                      "The request's id (a sane incoming one is echoed); also in logs and problem bodies"));
              response.addHeader("X-Content-Type-Options", header("nosniff"));
              response.addHeader(
                  "Cache-Control",
                  header(
                      "no-store on answers to authenticated requests and on tokens;"
                          + " public with a max-age on the issuer's keys and discovery document"));
              if (oauth) {
                response.addHeader("Pragma", header("no-cache (RFC 6749 §5.1)"));
              }
              if (money && !"400".equals(status)) {
                response.addHeader(
                    "Idempotent-Replayed",
                    header(
                        "true when this is the stored answer of an earlier request with the same key"));
              }
              if (money || "429".equals(status)) {
                response.addHeader(
                    "RateLimit-Limit",
                    integerHeader("Requests allowed per window (per caller, address or e-mail)"));
                response.addHeader(
                    "RateLimit-Remaining", integerHeader("Requests left in the current window"));
                response.addHeader(
                    "RateLimit-Reset", integerHeader("Seconds until the window resets"));
              }
              if ("201".equals(status) || "202".equals(status)) {
                response.addHeader("Location", header("URL of the created resource"));
              }
              if ("200".equals(status) && responses.getAPIResponse("304") != null
                  || "304".equals(status)) {
                response.addHeader(
                    "ETag",
                    header(
                        "Strong validator of the representation; send it back in If-None-Match"));
              }
              if ("401".equals(status)) {
                response.addHeader(
                    "WWW-Authenticate",
                    header(
                        oauth
                            ? "Basic realm=\"payfast\" (invalid_client)"
                            : "Bearer error=\"invalid_token\""));
              }
              if ("429".equals(status) || "503".equals(status)) {
                response.addHeader("Retry-After", integerHeader("Seconds to wait before retrying"));
              }
            });
    if (money) {
      requireIdempotencyKey(operation);
    }
    if (responses.getAPIResponse("304") != null
        && parameters(operation, "header").stream()
            .noneMatch(p -> "If-None-Match".equalsIgnoreCase(p.getName()))) {
      operation.addParameter(
          OASFactory.createParameter()
              .name("If-None-Match")
              .in(Parameter.In.HEADER)
              .description("The ETag of the copy you have: 304 when it is still current")
              .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }
    parameters(operation, "query").forEach(ContractDocument::typeQueryParameter);
  }

  /**
   * The contract's query parameters are read as strings by the resources (so that a malformed one
   * is a 400 naming it); their schema says what they accept.
   */
  static void typeQueryParameter(Parameter parameter) {
    Schema schema = parameter.getSchema();
    if (schema == null) {
      return;
    }
    switch (parameter.getName()) {
      case "limit" ->
          parameter.schema(integer(1, 200).defaultValue(50)).description("Page size, 1–200");
      case "months" ->
          parameter.schema(integer(1, 24).defaultValue(6)).description("Whole months back, 1–24");
      case "minAmount", "maxAmount" ->
          parameter
              .schema(
                  OASFactory.createSchema()
                      .addType(Schema.SchemaType.INTEGER)
                      .format("int64")
                      .minimum(BigDecimal.ZERO))
              .description("Minor units, inclusive");
      case "cursor" -> parameter.description("The nextCursor of the previous page (opaque)");
      case "month" -> schema.pattern("^[0-9]{4}-(0[1-9]|1[0-2])$").examples(List.of("2026-11"));
      case "from" ->
          parameter.description("RFC 3339 date-time, or a date meaning its start (UTC); inclusive");
      case "to" ->
          parameter.description(
              "RFC 3339 date-time (exclusive), or a date meaning up to the end of that day");
      case "type" ->
          schema.enumeration(
              Arrays.stream(TransactionType.values()).map(t -> (Object) t.name()).toList());
      case "walletId" -> schema.format("uuid");
      default -> {}
    }
  }

  private static Schema integer(int minimum, int maximum) {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.INTEGER)
        .format("int32")
        .minimum(BigDecimal.valueOf(minimum))
        .maximum(BigDecimal.valueOf(maximum));
  }

  /** The property names of the operation's JSON body schema (none without one). */
  private static Set<String> bodyProperties(OpenAPI openAPI, Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return Set.of();
    }
    Set<String> names = new HashSet<>();
    operation.getRequestBody().getContent().getMediaTypes().values().stream()
        .map(MediaType::getSchema)
        .filter(schema -> schema != null && schema.getRef() != null)
        .map(
            schema ->
                openAPI
                    .getComponents()
                    .getSchemas()
                    .get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)))
        .filter(schema -> schema != null && schema.getProperties() != null)
        .forEach(schema -> names.addAll(schema.getProperties().keySet()));
    return names;
  }

  /** Money-moving POSTs are the ones that take an {@code Idempotency-Key} header. */
  private static boolean isMoneyMoving(Operation operation) {
    return parameters(operation, "header").stream()
        .anyMatch(p -> IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()));
  }

  private static void requireIdempotencyKey(Operation operation) {
    for (Parameter parameter : parameters(operation, "header")) {
      if (IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName())) {
        parameter.setRequired(true);
        parameter.setDescription(
            "1–255 printable ASCII characters; a retry with the same key and body replays the stored answer");
        parameter.setSchema(
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .minLength(1)
                .maxLength(255)
                .pattern("^[\\x20-\\x7E]{1,255}$"));
      }
    }
  }

  private static List<Parameter> parameters(Operation operation, String in) {
    if (operation.getParameters() == null) {
      return List.of();
    }
    return operation.getParameters().stream()
        .filter(p -> p.getIn() != null && p.getIn().toString().equalsIgnoreCase(in))
        .toList();
  }

  private static Content errorContent(boolean oauth) {
    MediaType media =
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref(oauth ? OAUTH_ERROR_REF : PROBLEM_REF));
    return OASFactory.createContent()
        .addMediaType(oauth ? "application/json" : Problem.MEDIA_TYPE, media);
  }

  private static Header integerHeader(String description) {
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
  }

  private static Header header(String description) {
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
  }

  static Schema problemSchema() {
    Schema fieldError =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .required(List.of("field", "message"))
            .addProperty(
                "field", string("The request field or parameter, e.g. amount or match.minAmount"))
            .addProperty("message", string("What is wrong with it"));
    List<Object> codes = Arrays.stream(ErrorCode.values()).map(c -> (Object) c.value()).toList();
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details with the contract's stable error code")
        .required(List.of("type", "title", "status", "code", "requestId"))
        .addProperty("type", string("A URI naming the problem type").format("uri"))
        .addProperty("title", string("Short summary of the problem type"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .minimum(BigDecimal.valueOf(400))
                .maximum(BigDecimal.valueOf(599)))
        .addProperty("detail", string("What happened, for a person"))
        .addProperty("instance", string("The request path"))
        .addProperty("code", string("Stable machine-readable code").enumeration(codes))
        .addProperty("requestId", string("The X-Request-Id of the request"))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(fieldError)
                .description("The invalid fields (validation_failed only)"))
        .example(
            Map.of(
                "type",
                "https://payfast.cloudvista.com/problems/insufficient_funds",
                "title",
                "Insufficient funds",
                "status",
                422,
                "detail",
                "The wallet's available balance is 1200; 2500 is needed.",
                "instance",
                "/api/v1/transfers",
                "code",
                "insufficient_funds",
                "requestId",
                "6f1c2a4e-…"));
  }

  static Schema oauthErrorSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 6749 §5.2 error response")
        .required(List.of("error"))
        .addProperty(
            "error",
            string("The OAuth error code")
                .enumeration(
                    List.of(
                        "invalid_request",
                        "invalid_client",
                        "invalid_grant",
                        "unauthorized_client",
                        "unsupported_grant_type",
                        "invalid_scope",
                        "slow_down",
                        "rate_limited")))
        .addProperty("error_description", string("What happened, for a person"));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
  }
}

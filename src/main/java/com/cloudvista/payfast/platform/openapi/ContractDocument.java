package com.cloudvista.payfast.platform.openapi;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.Problem;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document generated from the resources with what the contract says of
 * every operation, so that it cannot drift from the code: the Auth API's paths under its real
 * prefix, one shared {@code Problem} schema for every error (RFC 6749 JSON on the OAuth endpoints),
 * the errors each kind of operation can answer, the required {@code Idempotency-Key} of
 * money-moving POSTs and the headers every response carries. Registered with {@code
 * mp.openapi.filter}.
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
      Map.of("401", "No, an invalid or an expired access token (unauthorized)",
          "403", "Authenticated but not allowed: missing scope or group (forbidden)");
  private static final Map<String, String> WITH_BODY =
      Map.of("400", "Malformed JSON or an invalid field (validation_failed, with errors[])",
          "413", "Body over 64 KiB (payload_too_large)",
          "415", "Body not application/json (unsupported_media_type)");
  private static final Map<String, String> MONEY =
      Map.of("409", "The same Idempotency-Key is still being processed (idempotency_in_progress), or a state conflict",
          "422", "A business rule refused it; nothing changed (insufficient_funds, currency_mismatch, …)",
          "429", "Too many money-moving requests (rate_limited, with Retry-After)");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    moveAuthPaths(openAPI);
    openAPI.getComponents().addSchema(PROBLEM, problemSchema());
    openAPI.getComponents().addSchema(OAUTH_ERROR, oauthErrorSchema());
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI.getPaths().getPathItems().forEach((path, item) ->
        item.getOperations().forEach((method, operation) -> complete(path, method, operation)));
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
    items.forEach((path, item) -> {
      boolean auth = !item.getOperations().isEmpty()
          && item.getOperations().values().stream().allMatch(o -> o.getTags() != null && o.getTags().contains(AUTH_TAG));
      String rest = path.startsWith(API_PREFIX) ? path.substring(API_PREFIX.length())
          : path.startsWith(AUTH_PREFIX) ? path.substring(AUTH_PREFIX.length()) : null;
      String target = rest == null ? path : (auth ? AUTH_PREFIX : API_PREFIX) + rest;
      if (!target.equals(path)) {
        openAPI.getPaths().removePathItem(path);
        openAPI.getPaths().addPathItem(target, item);
      }
    });
  }

  private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
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
      if (!parameters(operation, "query").isEmpty() || operation.getRequestBody() != null || money) {
        errors.put("400", WITH_BODY.get("400"));
      }
      if (authenticated) {
        errors.putAll(AUTHENTICATED);
      }
      if (path.contains("{")) {
        errors.put("404", "Absent, or not visible to the caller (not_found)");
      }
      if (operation.getRequestBody() != null) {
        errors.put("413", WITH_BODY.get("413"));
        errors.put("415", WITH_BODY.get("415"));
      }
      if (money) {
        errors.putAll(MONEY);
      }
      errors.put("503", "A required dependency (the database) is down; safe to retry (unavailable)");
    }
    errors.forEach((status, description) -> {
      if (responses.getAPIResponse(status) == null) {
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
      }
    });
    responses.getAPIResponses().forEach((status, response) -> {
      if (status.startsWith("4") || status.startsWith("5")) {
        response.setContent(errorContent(oauth));
      }
      response.addHeader("X-Request-Id", header("The request's id (a sane incoming one is echoed); also in logs and problem bodies"));
      if (money && status.startsWith("2")) {
        response.addHeader("Idempotent-Replayed", header("true when this is the stored answer of an earlier request with the same key"));
      }
      if ("429".equals(status)) {
        response.addHeader("Retry-After", header("Seconds to wait before retrying"));
      }
    });
    if (money) {
      requireIdempotencyKey(operation);
    }
  }

  /** Money-moving POSTs are the ones that take an {@code Idempotency-Key} header. */
  private static boolean isMoneyMoving(Operation operation) {
    return parameters(operation, "header").stream().anyMatch(p -> IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()));
  }

  private static void requireIdempotencyKey(Operation operation) {
    for (Parameter parameter : parameters(operation, "header")) {
      if (IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName())) {
        parameter.setRequired(true);
        parameter.setDescription(
            "1–255 printable ASCII characters; a retry with the same key and body replays the stored answer");
        parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255)
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
    MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(oauth ? OAUTH_ERROR_REF : PROBLEM_REF));
    return OASFactory.createContent().addMediaType(oauth ? "application/json" : Problem.MEDIA_TYPE, media);
  }

  private static Header header(String description) {
    return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
  }

  static Schema problemSchema() {
    Schema fieldError =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .required(List.of("field", "message"))
            .addProperty("field", string("The request field or parameter, e.g. amount or match.minAmount"))
            .addProperty("message", string("What is wrong with it"));
    List<Object> codes = Arrays.stream(ErrorCode.values()).map(c -> (Object) c.value()).toList();
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details with the contract's stable error code")
        .required(List.of("type", "title", "status", "code", "requestId"))
        .addProperty("type", string("A URI naming the problem type").format("uri"))
        .addProperty("title", string("Short summary of the problem type"))
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
        .addProperty("detail", string("What happened, for a person"))
        .addProperty("instance", string("The request path"))
        .addProperty("code", string("Stable machine-readable code").enumeration(codes))
        .addProperty("requestId", string("The X-Request-Id of the request"))
        .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
            .description("The invalid fields (validation_failed only)"))
        .example(Map.of("type", "https://payfast.cloudvista.com/problems/insufficient_funds", "title", "Insufficient funds",
            "status", 422, "detail", "The wallet's available balance is 1200; 2500 is needed.",
            "instance", "/api/v1/transfers", "code", "insufficient_funds", "requestId", "6f1c2a4e-…"));
  }

  static Schema oauthErrorSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 6749 §5.2 error response")
        .required(List.of("error"))
        .addProperty("error", string("The OAuth error code").enumeration(
            List.of("invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type",
                "invalid_scope", "slow_down")))
        .addProperty("error_description", string("What happened, for a person"));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
  }
}

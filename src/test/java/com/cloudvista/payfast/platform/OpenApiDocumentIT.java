package com.cloudvista.payfast.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document describes the contract (../shared/api-contract.md): every operation
 * under its real prefix with an operationId, errors as problem+json (RFC 6749 JSON on the OAuth
 * endpoints), typed success bodies, the required Idempotency-Key of money-moving POSTs.
 */
class OpenApiDocumentIT {

  /** Every operation of the contract, as "METHOD path". */
  static final List<String> CONTRACT =
      List.of(
          "POST /auth/v1/users",
          "POST /auth/v1/users/confirm",
          "GET /auth/v1/users/me",
          "POST /auth/v1/oauth2/token",
          "POST /auth/v1/oauth2/revoke",
          "POST /auth/v1/clients",
          "GET /auth/v1/clients",
          "DELETE /auth/v1/clients/{clientId}",
          "GET /auth/v1/.well-known/jwks.json",
          "GET /auth/v1/.well-known/openid-configuration",
          "POST /api/v1/wallets",
          "GET /api/v1/wallets",
          "GET /api/v1/wallets/{id}",
          "PATCH /api/v1/wallets/{id}",
          "GET /api/v1/wallets/{id}/transactions",
          "POST /api/v1/deposits",
          "POST /api/v1/withdrawals",
          "POST /api/v1/transfers",
          "POST /api/v1/payments",
          "POST /api/v1/payments/{id}/capture",
          "POST /api/v1/payments/{id}/void",
          "POST /api/v1/transactions/{id}/reversals",
          "GET /api/v1/transactions",
          "GET /api/v1/transactions/{id}",
          "PATCH /api/v1/transactions/{id}",
          "GET /api/v1/categories",
          "POST /api/v1/categories",
          "PATCH /api/v1/categories/{id}",
          "DELETE /api/v1/categories/{id}",
          "POST /api/v1/expenses",
          "GET /api/v1/expenses",
          "GET /api/v1/expenses/{id}",
          "PATCH /api/v1/expenses/{id}",
          "DELETE /api/v1/expenses/{id}",
          "PUT /api/v1/budgets/{category}",
          "GET /api/v1/budgets",
          "DELETE /api/v1/budgets/{category}",
          "GET /api/v1/reports/spending",
          "GET /api/v1/reports/trends",
          "POST /api/v1/rules",
          "GET /api/v1/rules",
          "PATCH /api/v1/rules/{id}",
          "DELETE /api/v1/rules/{id}",
          "GET /api/v1/admin/wallets/{id}",
          "POST /api/v1/admin/wallets/{id}/freeze",
          "POST /api/v1/admin/wallets/{id}/unfreeze",
          "GET /api/v1/admin/reconciliation",
          "GET /api/v1/admin/audit");

  static final Set<String> MONEY_MOVING =
      Set.of(
          "POST /api/v1/deposits",
          "POST /api/v1/withdrawals",
          "POST /api/v1/transfers",
          "POST /api/v1/payments",
          "POST /api/v1/payments/{id}/capture",
          "POST /api/v1/payments/{id}/void",
          "POST /api/v1/transactions/{id}/reversals");

  private static JsonPath document;

  @BeforeAll
  static void fetch() {
    TestEnvironment.start();
    document =
        given()
            .queryParam("format", "JSON")
            .get("/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
  }

  private static List<String> operations() {
    List<String> all = new ArrayList<>();
    Map<String, Map<String, Object>> paths = document.getMap("paths");
    paths.forEach(
        (path, item) ->
            item.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> all.add(m.toUpperCase() + " " + path)));
    return all;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> operation(String methodAndPath) {
    String[] parts = methodAndPath.split(" ", 2);
    Map<String, Object> item = (Map<String, Object>) document.getMap("paths").get(parts[1]);
    return (Map<String, Object>) item.get(parts[0].toLowerCase());
  }

  @Test
  void everyContractOperationIsDocumentedUnderItsRealPrefix() {
    assertThat(operations()).containsAll(CONTRACT);
    assertThat(operations())
        .allMatch(
            o -> o.split(" ")[1].startsWith("/api/v1/") || o.split(" ")[1].startsWith("/auth/v1/"));
    assertThat(operations())
        .noneMatch(o -> o.matches(".* /api/v1/(users|oauth2|clients|\\.well-known).*"));
  }

  @Test
  void everyOperationHasAUniqueOperationIdATagAndASummary() {
    Set<String> ids = new HashSet<>();
    for (String op : operations()) {
      Map<String, Object> operation = operation(op);
      assertThat((String) operation.get("operationId")).as(op).isNotBlank();
      assertThat(ids.add((String) operation.get("operationId")))
          .as("unique operationId of " + op)
          .isTrue();
      assertThat((List<?>) operation.get("tags")).as(op).isNotEmpty();
      assertThat((String) operation.get("summary")).as(op).isNotBlank();
      assertThat(operation)
          .as(op + " states its security ([] when public)")
          .containsKey("security");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyErrorIsAProblemOrAnOAuthErrorAndEveryResponseNamesTheRequestIdHeader() {
    for (String op : operations()) {
      Map<String, Map<String, Object>> responses =
          (Map<String, Map<String, Object>>) operation(op).get("responses");
      boolean oauth = op.contains("/auth/v1/oauth2/");
      responses.forEach(
          (status, response) -> {
            assertThat((Map<String, Object>) response.get("headers"))
                .as(op + " " + status)
                .containsKey("X-Request-Id");
            if (status.startsWith("4") || status.startsWith("5")) {
              Map<String, Object> content = (Map<String, Object>) response.get("content");
              String media = oauth ? "application/json" : "application/problem+json";
              assertThat(content).as(op + " " + status).containsOnlyKeys(media);
              Map<String, Object> schema =
                  (Map<String, Object>) ((Map<String, Object>) content.get(media)).get("schema");
              assertThat(schema.get("$ref"))
                  .as(op + " " + status)
                  .isEqualTo(
                      oauth ? "#/components/schemas/OAuthError" : "#/components/schemas/Problem");
            }
          });
      if (!op.startsWith("GET /auth/v1/.well-known") && !op.equals("POST /auth/v1/users/confirm")) {
        assertThat(responses).as(op).containsKey(oauth ? "400" : "503");
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void successBodiesAreTyped() {
    Set<String> withoutBody =
        Set.of(
            "POST /auth/v1/oauth2/revoke",
            "POST /auth/v1/users/confirm",
            "GET /auth/v1/.well-known/jwks.json",
            "GET /auth/v1/.well-known/openid-configuration");
    for (String op : operations()) {
      Map<String, Map<String, Object>> responses =
          (Map<String, Map<String, Object>>) operation(op).get("responses");
      responses.forEach(
          (status, response) -> {
            if ((status.equals("200") || status.equals("201")) && !withoutBody.contains(op)) {
              Map<String, Object> content = (Map<String, Object>) response.get("content");
              assertThat(content).as(op + " " + status + " has a body schema").isNotNull();
              Map<String, Object> json = (Map<String, Object>) content.get("application/json");
              assertThat(json).as(op + " " + status + " is JSON").isNotNull();
              assertThat(json.get("schema")).as(op + " " + status).isNotNull();
            }
          });
    }
  }

  /**
   * Every object a 2xx answer returns says which properties are always there, and types its enums.
   */
  @Test
  @SuppressWarnings("unchecked")
  void successSchemasListTheirRequiredPropertiesAndEnums() {
    Map<String, Map<String, Object>> schemas = document.getMap("components.schemas");
    Set<String> returned = new HashSet<>();
    for (String op : operations()) {
      Map<String, Map<String, Object>> responses =
          (Map<String, Map<String, Object>>) operation(op).get("responses");
      responses.forEach(
          (status, response) -> {
            if (status.startsWith("2")
                && response.get("content") instanceof Map<?, ?> content
                && content.get("application/json") instanceof Map<?, ?> json
                && json.get("schema") instanceof Map<?, ?> schema
                && schema.get("$ref") instanceof String ref) {
              collect(ref.substring(ref.lastIndexOf('/') + 1), schemas, returned);
            }
          });
    }
    assertThat(returned)
        .contains(
            "WalletResponse", "TransactionResponse", "StatementLineResponse", "TokenResponse");
    for (String name : returned) {
      Map<String, Object> schema = schemas.get(name);
      if (schema.get("properties") != null) {
        assertThat((List<String>) schema.get("required"))
            .as(name + " lists its always-present properties")
            .isNotEmpty();
      }
    }
    assertThat(document.getList("components.schemas.TransactionType.enum", String.class))
        .containsExactly("DEPOSIT", "WITHDRAWAL", "TRANSFER", "PAYMENT", "REVERSAL");
    assertThat(document.getString("components.schemas.WalletResponse.properties.status.'$ref'"))
        .endsWith("/WalletStatus");
    assertThat(
            document.getList(
                "components.schemas.WalletResponse.properties.currency.enum", String.class))
        .containsExactly("USD", "EUR", "GBP", "ZAR");
    assertThat(
            document.getList(
                "components.schemas.TransactionResponse.properties.reversalOf.type", String.class))
        .containsExactly("string", "null");
    assertThat(document.getString("components.schemas.TransactionResponse.properties.id.format"))
        .isEqualTo("uuid");
    assertThat(document.getList("components.schemas.TokenResponse.required", String.class))
        .containsExactly("access_token", "token_type", "expires_in");
  }

  @SuppressWarnings("unchecked")
  private static void collect(
      String name, Map<String, Map<String, Object>> schemas, Set<String> seen) {
    Map<String, Object> schema = schemas.get(name);
    if (schema == null
        || !seen.add(name)
        || !(schema.get("properties") instanceof Map<?, ?> properties)) {
      return;
    }
    for (Object property : properties.values()) {
      String text = String.valueOf(property);
      java.util.regex.Matcher refs =
          java.util.regex.Pattern.compile("#/components/schemas/(\\w+)").matcher(text);
      while (refs.find()) {
        collect(refs.group(1), schemas, seen);
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void moneyMovingPostsRequireAnIdempotencyKeyAndDocumentTheReplay() {
    for (String op : MONEY_MOVING) {
      List<Map<String, Object>> parameters =
          (List<Map<String, Object>>) operation(op).get("parameters");
      assertThat(parameters)
          .as(op)
          .anySatisfy(
              p -> {
                assertThat(p.get("name")).isEqualTo("Idempotency-Key");
                assertThat(p.get("in")).isEqualTo("header");
                assertThat(p.get("required")).isEqualTo(true);
              });
      Map<String, Map<String, Object>> responses =
          (Map<String, Map<String, Object>>) operation(op).get("responses");
      assertThat(responses).as(op).containsKeys("201", "409", "422", "429");
      assertThat((Map<String, Object>) responses.get("201").get("headers"))
          .containsKey("Idempotent-Replayed");
      assertThat((Map<String, Object>) responses.get("429").get("headers"))
          .containsKey("Retry-After");
    }
  }

  @Test
  void theProblemSchemaListsEveryErrorCode() {
    assertThat(document.getList("components.schemas.Problem.properties.code.enum", String.class))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ErrorCode.values()).map(ErrorCode::value).toList());
    assertThat(document.getList("components.schemas.Problem.required", String.class))
        .contains("type", "title", "status", "code");
    assertThat(
            document.getList("components.schemas.OAuthError.properties.error.enum", String.class))
        .contains("invalid_request", "invalid_client", "invalid_grant", "unsupported_grant_type");
  }

  @Test
  void swaggerUiAuthorizeWithItsDefaultsGetsATokenForThePublicClient() {
    String email = "swagger-" + System.nanoTime() + "@it.payfast.test";
    given()
        .contentType("application/json")
        .body(Map.of("email", email, "password", "Swagger-It-Passw0rd!", "displayName", "Swagger"))
        .post("/auth/v1/users")
        .then()
        .statusCode(201);
    // Swagger UI's password flow with empty client_id/secret sends "Basic Og==" (":").
    var token =
        given()
            .header("Authorization", "Basic Og==")
            .formParam("grant_type", "password")
            .formParam("username", email)
            .formParam("password", "Swagger-It-Passw0rd!")
            .post("/auth/v1/oauth2/token")
            .then()
            .statusCode(200)
            .extract()
            .response();
    assertThat(token.header("WWW-Authenticate")).as("a 200 carries no challenge").isNull();
    assertThat(token.header("Cache-Control")).isEqualTo("no-store");
    given()
        .auth()
        .oauth2(token.jsonPath().getString("access_token"))
        .get("/api/v1/wallets")
        .then()
        .statusCode(200);
  }

  /**
   * The web UI's API types are generated at build time from a snapshot of this document
   * (src/main/frontend/openapi.json); the snapshot must be exactly what the server serves, so a
   * changed resource cannot leave the UI's client behind unnoticed.
   */
  @Test
  void theWebUisSnapshotIsTheServedDocument() throws java.io.IOException {
    java.nio.file.Path project = java.nio.file.Path.of(System.getProperty("project.basedir", "."));
    java.nio.file.Path snapshot = project.resolve("src/main/frontend/openapi.json");
    java.nio.file.Path served = project.resolve("target/openapi-served.json");
    java.nio.file.Files.writeString(served, document.prettify() + "\n");
    assertThat(JsonPath.from(snapshot.toFile()).<Object>get(""))
        .as(
            "src/main/frontend/openapi.json differs from the served document; refresh it with: cp %s %s",
            served, snapshot)
        .isEqualTo(document.get(""));
  }
}

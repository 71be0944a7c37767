package com.cloudvista.payfast.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.ledger.LedgerApi;
import com.cloudvista.payfast.testing.TestEnvironment;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz run over every operation of the served OpenAPI document (issue 20): the probe's
 * cases replayed, then for each operation bodies built from its request schema and mutated (wrong
 * types, NUL, huge and odd strings, extreme numbers, missing and unknown fields, deep nesting,
 * duplicate keys, broken JSON), odd query values, path ids and headers. Every answer must be below
 * 500; every error problem+json (RFC 6749 JSON on the token endpoints) with an X-Request-Id; no
 * body may carry a stack trace, SQL, a class or a product name; the ledger reconciles afterwards.
 *
 * <p>{@code -Dfuzz.seed=N} replays one run, {@code -Dfuzz.perOperation=N} sets its size.
 */
class FuzzIT {

  private static final long SEED = Long.getLong("fuzz.seed", 20261203L);
  private static final int PER_OPERATION = Integer.getInteger("fuzz.perOperation", 14);
  private static final Pattern LEAK =
      Pattern.compile(
          "(?i)(\\bat (com|org|java|jdk|sun|io)\\.[\\w$.]+\\(|exception\\b|\\bjava\\.|\\bjakarta\\.|\\bselect .+ from |"
              + "\\binsert into |\\bupdate \\w+ set |psql|postgresql|sqlstate|liberty|websphere|\\bSRVE\\d|\\bCWW\\w+\\d|"
              + "resteasy|yasson|eclipselink|hibernate|com\\.cloudvista)");
  private static final RestAssuredConfig RAW =
      RestAssuredConfig.config()
          .encoderConfig(
              EncoderConfig.encoderConfig()
                  .appendDefaultContentCharsetToContentTypeIfUndefined(false));

  private static LedgerApi.User user;
  private static String wallet;
  private static String otherWallet;
  private static JsonPath document;
  private static final Map<String, Integer> STATUSES = new TreeMap<>();
  private static int sent;

  @BeforeAll
  static void start() {
    TestEnvironment.start();
    user = LedgerApi.newUser();
    wallet = user.wallet("USD");
    otherWallet = LedgerApi.newUser().wallet("USD");
    user.deposit(wallet, 50_000, "USD");
    document =
        given()
            .accept("application/json")
            .get("/openapi?format=JSON")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
  }

  @Test
  void noAnswerIsA5xxOrLeaksAndEveryErrorIsAProblem() {
    replayTheProbesCases();
    Random random = new Random(SEED);
    Map<String, Map<String, Object>> paths = document.getMap("paths");
    int operations = 0;
    for (Map.Entry<String, Map<String, Object>> path : new TreeMap<>(paths).entrySet()) {
      for (Map.Entry<String, Object> op : new TreeMap<>(path.getValue()).entrySet()) {
        if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
          continue;
        }
        operations++;
        @SuppressWarnings("unchecked")
        Map<String, Object> operation = (Map<String, Object>) op.getValue();
        for (int i = 0; i < PER_OPERATION; i++) {
          fuzz(random, op.getKey().toUpperCase(), path.getKey(), operation);
        }
      }
    }
    System.out.printf(
        "[fuzz] seed %d: %d requests over %d operations, statuses %s%n",
        SEED, sent, operations, STATUSES);
    assertThat(operations).isGreaterThan(40);
    assertThat(
            LedgerApi.admin()
                .request()
                .get("/api/v1/admin/reconciliation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("mismatches"))
        .isEmpty();
    assertThat(
            user.request()
                .get("/api/v1/wallets/" + wallet)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("balance"))
        .isBetween(0L, 50_000L);
  }

  /**
   * The black-box probe's findings (issue 20), each of which once gave a 500 or a non-problem body.
   */
  private static void replayTheProbesCases() {
    String nul = "nul\u0000byte";
    check(
        send(
            "POST",
            "/api/v1/deposits",
            moneyHeaders(),
            "{\"walletId\":\""
                + wallet
                + "\",\"amount\":100,\"currency\":\"USD\",\"reference\":\""
                + nul.replace("\u0000", "\\u0000")
                + "\"}"));
    check(send("GET", "/api/v1/transactions?q=a%00b", authHeaders(), null));
    check(send("GET", "/api/v1/transactions?category=a%00b", authHeaders(), null));
    check(
        send("GET", "/api/v1/transactions?from=%2B999999999-12-31T00:00:00Z", authHeaders(), null));
    check(
        send(
            "GET",
            "/api/v1/wallets/" + wallet + "/transactions?to=%2B999999999-12-31T00:00:00Z",
            authHeaders(),
            null));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("Content-Type", "application/x-www-form-urlencoded");
    check(
        send("POST", "/auth/v1/oauth2/token", form, "grant_type=password&username=%zz&password=x"));
    String deposit = "{\"walletId\":\"" + wallet + "\",\"amount\":100,\"currency\":\"USD\"}";
    check(send("POST", "/api/v1/deposits", moneyHeaders(), "[" + deposit + "," + deposit + "]"));
    check(send("POST", "/api/v1/deposits", moneyHeaders(), deposit + "GARBAGE"));
    check(
        send(
            "POST",
            "/api/v1/payments",
            moneyHeaders(),
            "{\"walletId\":\""
                + wallet
                + "\",\"amount\":100,\"currency\":\"USD\",\"merchant\":\"m\",\"capture\":\"yes\"}"));
    check(send("GET", "/api/v1/wallets/%ff", authHeaders(), null));
    // Paths Liberty's web container refused with its own HTML body (CWWWC0005I); EdgePathGuard.
    for (String path : new String[] {"%00", "%0D", "%0A", "..%2F..%2F..%2F..%2F..%2Fx"}) {
      check(send("GET", "/api/v1/wallets/" + path, authHeaders(), null));
    }
    check(send("POST", "/api/v1/deposits/%00", moneyHeaders(), deposit));
    check(send("GET", "/api/v1/transactions/a%2Fb", authHeaders(), null));
    Map<String, String> longKey = moneyHeaders();
    longKey.put("Idempotency-Key", "k".repeat(20_000));
    check(send("POST", "/api/v1/deposits", longKey, deposit));
    check(
        send(
            "POST",
            "/api/v1/deposits",
            moneyHeaders(),
            "{\"reference\":\"" + "x".repeat(70_000) + "\"}"));
  }

  private static void fuzz(
      Random random, String method, String template, Map<String, Object> operation) {
    Map<String, String> headers = random.nextInt(10) == 0 ? oddHeaders(random) : moneyHeaders();
    StringBuilder url = new StringBuilder(fillPath(random, template));
    List<Map<String, Object>> parameters = parameters(operation);
    char separator = '?';
    for (Map<String, Object> parameter : parameters) {
      if ("query".equals(parameter.get("in")) && random.nextInt(3) > 0) {
        url.append(separator)
            .append(parameter.get("name"))
            .append('=')
            .append(oddQueryValue(random, parameter));
        separator = '&';
      }
    }
    String body = null;
    Object requestBody = operation.get("requestBody");
    if (requestBody != null) {
      String type = firstContentType(requestBody);
      headers.put("Content-Type", random.nextInt(15) == 0 ? "text/plain" : type);
      body =
          type.contains("json")
              ? mutatedJson(random, schemaOf(requestBody, type))
              : oddForm(random);
    }
    check(send(method, url.toString(), headers, body));
  }

  // ------------------------------------------------------------------ requests

  private static Response send(
      String method, String url, Map<String, String> headers, String body) {
    // Without the contract validation filter: fuzzed requests break the document on purpose, and
    // statuses such as 406 or 415 are the container's answer to them, not part of the contract.
    RequestSpecification request =
        given().noFilters().config(RAW).urlEncodingEnabled(false).headers(headers);
    if (body != null) {
      request = request.body(body);
    }
    Response response = request.request(method, url);
    sent++;
    STATUSES.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
    return response;
  }

  private static void check(Response response) {
    String where =
        response.statusCode()
            + " "
            + response.getHeader("X-Request-Id")
            + ": "
            + snippet(response.asString());
    assertThat(response.statusCode()).as(where).isLessThan(500);
    String text = response.asString();
    assertThat(LEAK.matcher(text).find()).as("leak in " + where).isFalse();
    if (response.statusCode() >= 400) {
      assertThat(response.getHeader("X-Request-Id")).as(where).isNotBlank();
      String type = String.valueOf(response.getContentType());
      if (type.startsWith("application/problem+json")) {
        assertThat(response.jsonPath().getString("requestId")).as(where).isNotBlank();
        assertThat(response.jsonPath().getString("code")).as(where).isNotBlank();
      } else {
        // RFC 6749 errors of the token and revoke endpoints
        assertThat(type).as(where).startsWith("application/json");
        assertThat(response.jsonPath().getString("error")).as(where).isNotBlank();
      }
    }
  }

  private static String snippet(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  private static Map<String, String> authHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + user.token());
    return headers;
  }

  private static Map<String, String> moneyHeaders() {
    Map<String, String> headers = authHeaders();
    headers.put("Idempotency-Key", UUID.randomUUID().toString());
    return headers;
  }

  private static Map<String, String> oddHeaders(Random random) {
    Map<String, String> headers = new LinkedHashMap<>();
    switch (random.nextInt(6)) {
      case 0 -> headers.put("Authorization", "Bearer " + "x".repeat(random.nextInt(2000)));
      case 1 -> headers.put("Authorization", "Basic Og==");
      case 2 -> {
        headers.putAll(authHeaders());
        headers.put("Idempotency-Key", random.nextBoolean() ? "" : "key with \t tab \u007f");
      }
      case 3 -> {
        headers.putAll(moneyHeaders());
        headers.put("Accept", "application/xml");
      }
      case 4 -> {
        headers.putAll(moneyHeaders());
        headers.put("If-None-Match", "\"" + "e".repeat(random.nextInt(500)) + "\"");
      }
      default -> {
        // no credentials at all
      }
    }
    return headers;
  }

  // ------------------------------------------------------------------ paths and queries

  private static String fillPath(Random random, String template) {
    String[] ids = {
      wallet,
      otherWallet,
      UUID.randomUUID().toString(),
      "not-a-uuid",
      "%ff",
      "0",
      "..%2F..",
      "%00",
      "x".repeat(300)
    };
    return Pattern.compile("\\{[^}]+}")
        .matcher(template)
        .replaceAll(
            m -> {
              int pick = random.nextInt(10);
              return pick < 4 ? wallet : ids[random.nextInt(ids.length)];
            });
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> parameters(Map<String, Object> operation) {
    List<Map<String, Object>> parameters = new ArrayList<>();
    Object listed = operation.get("parameters");
    if (listed instanceof List<?> list) {
      for (Object p : list) {
        Map<String, Object> parameter = (Map<String, Object>) p;
        if (parameter.containsKey("$ref")) {
          String name =
              String.valueOf(parameter.get("$ref")).replace("#/components/parameters/", "");
          parameter = document.getMap("components.parameters.'" + name + "'");
        }
        if (parameter != null) {
          parameters.add(parameter);
        }
      }
    }
    return parameters;
  }

  private static String oddQueryValue(Random random, Map<String, Object> parameter) {
    String[] values = {
      "",
      "-1",
      "0",
      "1",
      "50",
      "99999999999999999999",
      "1e309",
      "true",
      "USD",
      "usd",
      "dining",
      "a%00b",
      "%25zz",
      "%2B999999999-12-31T00:00:00Z",
      "2026-02-30",
      "2026-12-01T00:00:00Z",
      "2026-13",
      "%E2%80%AE",
      "%C0%AE",
      "x".repeat(3000),
      wallet,
      "not-a-cursor",
      "eyJhIjoxfQ",
      "1%3B%20DROP%20TABLE%20account"
    };
    return values[random.nextInt(values.length)];
  }

  // ------------------------------------------------------------------ bodies

  private static String firstContentType(Object requestBody) {
    @SuppressWarnings("unchecked")
    Map<String, Object> content =
        (Map<String, Object>) ((Map<String, Object>) requestBody).get("content");
    return content == null || content.isEmpty()
        ? "application/json"
        : content.keySet().iterator().next();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schemaOf(Object requestBody, String type) {
    Map<String, Object> content =
        (Map<String, Object>) ((Map<String, Object>) requestBody).get("content");
    Map<String, Object> media = content == null ? null : (Map<String, Object>) content.get(type);
    return resolve(media == null ? null : (Map<String, Object>) media.get("schema"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> resolve(Map<String, Object> schema) {
    if (schema != null && schema.containsKey("$ref")) {
      String name = String.valueOf(schema.get("$ref")).replace("#/components/schemas/", "");
      return document.getMap("components.schemas.'" + name + "'");
    }
    if (schema != null && schema.get("allOf") instanceof List<?> all && !all.isEmpty()) {
      return resolve((Map<String, Object>) all.get(0));
    }
    return schema;
  }

  /**
   * A plausible object for the schema, then one to three mutations, serialised by hand (so it can
   * be wrong).
   */
  @SuppressWarnings("unchecked")
  private static String mutatedJson(Random random, Map<String, Object> schema) {
    Map<String, Object> properties =
        schema == null || schema.get("properties") == null
            ? Map.of()
            : (Map<String, Object>) schema.get("properties");
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> property : properties.entrySet()) {
      fields.put(
          property.getKey(),
          plausible(property.getKey(), resolve((Map<String, Object>) property.getValue())));
    }
    int mutations = 1 + random.nextInt(3);
    List<String> names = new ArrayList<>(fields.keySet());
    String extra = "";
    for (int i = 0; i < mutations; i++) {
      int kind = random.nextInt(9);
      if (kind == 0) {
        return brokenJson(random, fields);
      }
      if (names.isEmpty() || kind == 1) {
        extra = ",\"" + (random.nextBoolean() ? "isAdmin" : "balance") + "\":" + oddValue(random);
        continue;
      }
      String name = names.get(random.nextInt(names.size()));
      if (kind == 2) {
        fields.remove(name);
      } else if (kind == 3) {
        extra = ",\"" + name + "\":" + oddValue(random); // a duplicate key
      } else {
        fields.put(name, oddValue(random));
      }
    }
    StringBuilder json = new StringBuilder("{");
    fields.forEach(
        (k, v) ->
            json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
    if (!extra.isEmpty() && json.length() == 1) {
      extra = extra.substring(1);
    }
    return json.append(extra).append('}').toString();
  }

  private static String plausible(String name, Map<String, Object> schema) {
    String type = schema == null ? "string" : String.valueOf(schema.getOrDefault("type", "string"));
    String lower = name.toLowerCase();
    if (lower.contains("walletid")) {
      return '"' + (lower.contains("destination") ? otherWallet : wallet) + '"';
    }
    if (lower.equals("currency")) {
      return "\"USD\"";
    }
    if (schema != null && schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
      return values.get(0) instanceof String s ? '"' + s + '"' : String.valueOf(values.get(0));
    }
    return switch (type) {
      case "integer", "number" -> lower.contains("amount") ? "100" : "1";
      case "boolean" -> "true";
      case "array" -> "[]";
      case "object" -> "{}";
      default -> lower.contains("email") ? "\"fuzz@example.com\"" : "\"fuzz\"";
    };
  }

  private static String oddValue(Random random) {
    String[] values = {
      "null",
      "true",
      "1",
      "-1",
      "0",
      "1.5",
      "1e308",
      "-9223372036854775809",
      "9223372036854775808",
      "\"1\"",
      "\"true\"",
      "\"\"",
      "\"\\u0000\"",
      "\"a\\u0000b\"",
      "\"\\ud800\"",
      "\"\\u202e\\u0041\"",
      "[]",
      "[1,2]",
      "{}",
      "{\"a\":{\"b\":[{}]}}",
      "\"" + "x".repeat(5000) + "\"",
      "\"2026-02-30\"",
      "\"+999999999-12-31T00:00:00Z\"",
      "\"" + "[".repeat(50) + "\"",
      "[".repeat(200) + "]".repeat(200),
      "\"<script>alert(1)</script>\"",
      "\"' OR 1=1 --\"",
      "\"USD\"",
      "\"not-a-uuid\""
    };
    return values[random.nextInt(values.length)];
  }

  private static String brokenJson(Random random, Map<String, String> fields) {
    String[] broken = {
      "",
      "{",
      "}",
      "[]",
      "null",
      "\"text\"",
      "{\"a\":}",
      "{\"a\" 1}",
      "{'a':1}",
      "{\"a\":1,}",
      "\u0000"
    };
    return random.nextBoolean()
        ? broken[random.nextInt(broken.length)]
        : "{" + fields.size() + ":" + fields.keySet() + "}";
  }

  private static String oddForm(Random random) {
    String[] forms = {
      "",
      "grant_type=password",
      "grant_type=password&username=%zz&password=x",
      "grant_type=refresh_token&refresh_token=",
      "grant_type=client_credentials&client_id=&client_secret=",
      "grant_type=password&grant_type=password",
      "token=" + "t".repeat(4000),
      "%00=%00",
      "grant_type=authorization_code&code=x",
      "a=b&&&c"
    };
    return forms[random.nextInt(forms.length)];
  }
}

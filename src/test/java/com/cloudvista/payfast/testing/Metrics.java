package com.cloudvista.payfast.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the server's /metrics (Prometheus text) as a test needs them. */
public final class Metrics {

  /** The label of Fault Tolerance's metrics for the one Redis circuit breaker. */
  public static final String REDIS_CIRCUIT =
      "method=\"com.cloudvista.payfast.platform.cache.RedisCircuit.call\"";

  private Metrics() {}

  /**
   * The sum over every series of {@code name} whose labels contain each of {@code labels}, e.g.
   * {@code state="open"}.
   */
  public static double sum(String scope, String name, String... labels) {
    String text =
        given().get("/metrics?scope=" + scope).then().statusCode(200).extract().asString();
    Pattern series =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{([^}]*)\\})? ([0-9.eE+-]+)$");
    Matcher matcher = series.matcher(text);
    double total = 0;
    boolean any = false;
    while (matcher.find()) {
      String found = matcher.group(1) == null ? "" : matcher.group(1);
      if (java.util.Arrays.stream(labels).allMatch(found::contains)) {
        total += Double.parseDouble(matcher.group(2));
        any = true;
      }
    }
    assertThat(any).as(name + java.util.List.of(labels) + " in /metrics?scope=" + scope).isTrue();
    return total;
  }
}

package com.cloudvista.payfast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.testing.StandaloneServer;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Liberty serves the OpenAPI document from {@code src/main/resources/META-INF/openapi.json} with
 * the annotation scan switched off ({@code mp.openapi.scan.disable=true}): scanning the classes at
 * every start cost about a second of it. That file must be exactly what the code generates, so a
 * second Liberty server runs the packaged WAR without the file, with the scan on and the filter
 * off, and its document must equal the file. The build's own server serves the file through the
 * filter, which {@link OpenApiDocumentIT} checks against the contract.
 */
class OpenApiDocumentFileIT {

  private static final String FILE = "WEB-INF/classes/META-INF/openapi.json";
  private static final int HTTP_PORT = Integer.getInteger("it.openapi-scan.http.port", 9570);

  @Test
  void theCommittedDocumentIsWhatTheCodeGenerates() throws Exception {
    Path project = Path.of(System.getProperty("project.basedir", "."));
    Path committed = project.resolve("src/main/resources/META-INF/openapi.json");
    Path scanned = project.resolve("target/openapi-scanned.json");
    String s3 = "http://127.0.0.1:" + Integer.getInteger("it.s3.port", 9191);
    try (StandaloneServer server =
        new StandaloneServer(
                "openapiScan",
                HTTP_PORT,
                List.of(
                    "-Dmp.openapi.scan.disable=false",
                    // An empty value unsets the filter: the document as the annotations make it.
                    "-Dmp.openapi.filter=",
                    "-Dpayfast.db.url=jdbc:postgresql://127.0.0.1:5432/payfast_openapi_it",
                    "-Dpayfast.db.startup-retry=1s",
                    "-Dpayfast.redis.url=redis://127.0.0.1:6379/13",
                    "-Dpayfast.s3.endpoint=" + s3,
                    "-Dpayfast.s3.access-key=payfast-it",
                    "-Dpayfast.s3.secret-key=payfast-it-secret",
                    "-Dpayfast.s3.path-style=true",
                    "-Dpayfast.s3.create-buckets=false",
                    "-Dpayfast.audit.enabled=false",
                    "-Dpayfast.public-url=http://localhost:" + HTTP_PORT,
                    "-Dpayfast.auth.issuer=http://localhost:" + HTTP_PORT + "/auth/v1",
                    "-Dpayfast.auth.jwks-uri=http://localhost:"
                        + HTTP_PORT
                        + "/auth/v1/.well-known/jwks.json"))
            .withoutWarEntries(FILE)
            .start(Duration.ofSeconds(180))) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.baseUrl() + "/openapi?format=JSON"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      Files.writeString(scanned, response.body());
      Map<String, Object> generated = JsonPath.from(response.body()).get("");
      assertThat(generated).as("the scanned document has the API's paths").containsKey("paths");
      assertThat(unrooted(JsonPath.from(committed.toFile()).get("")))
          .as(
              "src/main/resources/META-INF/openapi.json differs from what the code generates;"
                  + " refresh it with: cp %s %s",
              scanned, committed)
          .isEqualTo(unrooted(generated));
    }
  }

  /**
   * The generator roots every path at whichever of the two applications it meets first, which
   * depends on the order of the classes in the archive; {@code ContractDocument} moves each path
   * under its own prefix either way, so the comparison leaves the root out.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> unrooted(Map<String, Object> document) {
    Map<String, Object> paths = new TreeMap<>();
    ((Map<String, Object>) document.get("paths"))
        .forEach((path, item) -> paths.put(path.replaceFirst("^/(api|auth)/v1/", "/"), item));
    Map<String, Object> copy = new LinkedHashMap<>(document);
    copy.put("paths", paths);
    return copy;
  }
}

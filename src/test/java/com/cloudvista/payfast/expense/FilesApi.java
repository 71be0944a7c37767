package com.cloudvista.payfast.expense;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.ledger.LedgerApi;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Uploads through presigned URLs, as a browser or an integrator does them, and job polling. */
final class FilesApi {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private FilesApi() {}

  /** The answer of POST /uploads. */
  static JsonPath presign(LedgerApi.User user, String purpose, String contentType, long size) {
    return user.request()
        .body(Map.of("purpose", purpose, "contentType", contentType, "size", size))
        .post("/api/v1/uploads")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /**
   * PUTs {@code body} to the presigned URL with the headers the API gave (plus overrides); the S3
   * status.
   */
  static int put(JsonPath upload, byte[] body, Map<String, String> override) {
    Map<String, String> headers =
        new HashMap<>(upload.getMap("headers", String.class, String.class));
    headers.putAll(override);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(upload.getString("uploadUrl")))
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Presigns and uploads {@code body}; the upload id. */
  static String upload(LedgerApi.User user, String purpose, String contentType, byte[] body) {
    JsonPath upload = presign(user, purpose, contentType, body.length);
    assertThat(put(upload, body, Map.of())).as("S3 PUT of the presigned upload").isEqualTo(200);
    return upload.getString("id");
  }

  static byte[] get(String url) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as("GET " + url).isEqualTo(200);
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls {@code path} until its status leaves PENDING (60 s at most). */
  static JsonPath awaitDone(LedgerApi.User user, String path) {
    Instant deadline = Instant.now().plusSeconds(60);
    while (true) {
      JsonPath job = user.request().get(path).then().statusCode(200).extract().jsonPath();
      if (!"PENDING".equals(job.getString("status"))) {
        return job;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(path + " still PENDING after 60 s: " + job.prettify());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Imports an uploaded file for real and waits for the job's end. */
  static JsonPath importFile(LedgerApi.User user, Map<String, Object> request) {
    String location =
        user.request()
            .body(request)
            .post("/api/v1/imports")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    return awaitDone(user, URI.create(location).getPath());
  }

  static JsonPath dryRun(LedgerApi.User user, Map<String, Object> request) {
    Map<String, Object> dry = new HashMap<>(request);
    dry.put("dryRun", true);
    return user.request()
        .body(dry)
        .post("/api/v1/imports")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}

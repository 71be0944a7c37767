package com.cloudvista.payfast.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.cloudvista.payfast.testing.TestEnvironment;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The platform's error contract on a real JSON endpoint (sign-up): all problem+json. */
class AuthErrorPathIT {

  private static final String SIGN_UP = "/auth/v1/users";

  @BeforeAll
  static void server() {
    TestEnvironment.start();
  }

  @Test
  void malformedJsonIs400ValidationFailed() {
    given()
        .contentType("application/json")
        .body("{\"email\": ")
        .post(SIGN_UP)
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("validation_failed"));
  }

  @Test
  void missingAndInvalidFieldsAreListed() {
    given()
        .contentType("application/json")
        .body(Map.of("email", "not-an-email"))
        .post(SIGN_UP)
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("validation_failed"))
        .body("errors.field", hasItems("email", "password", "displayName"));
  }

  @Test
  void wrongMediaTypeIs415() {
    given()
        .contentType("text/plain")
        .body("hello")
        .post(SIGN_UP)
        .then()
        .statusCode(415)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("unsupported_media_type"));
  }

  @Test
  void bodyOver64KibWithContentLengthIs413() {
    given()
        .contentType("application/json")
        .body(bigJson())
        .post(SIGN_UP)
        .then()
        .statusCode(413)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("payload_too_large"));
  }

  @Test
  void chunkedBodyOver64KibIs413() {
    // An InputStream body has no known length: REST Assured sends it chunked.
    given()
        .contentType("application/json")
        .body(new ByteArrayInputStream(bigJson().getBytes()))
        .post(SIGN_UP)
        .then()
        .statusCode(413)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("payload_too_large"));
  }

  @Test
  void wrongMethodIs405() {
    given()
        .delete(SIGN_UP)
        .then()
        .statusCode(405)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("method_not_allowed"));
  }

  private static String bigJson() {
    char[] filler = new char[70 * 1024];
    Arrays.fill(filler, 'a');
    return "{\"email\":\"a@b.test\",\"password\":\""
        + new String(filler)
        + "\",\"displayName\":\"x\"}";
  }
}

package com.cloudvista.payfast.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Failures that arrive wrapped in whatever the runtime threw (a {@code ProcessingException}, a
 * {@code BadRequestException}, a {@code PersistenceException}) but mean one definite thing to the
 * client: the body was too large, the JSON was malformed, or the database is unreachable.
 */
final class KnownCauses {

  private KnownCauses() {}

  static Optional<Response> toResponse(Throwable failure, String instance) {
    BodyTooLargeException tooLarge = find(failure, BodyTooLargeException.class);
    if (tooLarge != null) {
      return Optional.of(
          ProblemResponses.response(
              ProblemResponses.problem(
                  ErrorCode.PAYLOAD_TOO_LARGE,
                  "Request bodies are limited to " + tooLarge.limit() + " bytes.",
                  instance)));
    }
    if (DatabaseFailures.isUnavailable(failure)) {
      return Optional.of(
          ProblemResponses.response(
              ProblemResponses.problem(
                  ErrorCode.UNAVAILABLE,
                  "The database is unavailable; retry with the same Idempotency-Key.",
                  instance),
              Map.of("Retry-After", "2")));
    }
    JsonParsingException parsing = find(failure, JsonParsingException.class);
    if (parsing != null || find(failure, JsonbException.class) != null) {
      String where =
          parsing != null && parsing.getLocation() != null
              ? "unexpected input at line "
                  + parsing.getLocation().getLineNumber()
                  + ", column "
                  + parsing.getLocation().getColumnNumber()
              : "the body could not be read as the expected JSON object";
      return Optional.of(
          ProblemResponses.validation(
              instance, List.of(new Problem.FieldError("body", "Malformed JSON: " + where))));
    }
    return Optional.empty();
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}

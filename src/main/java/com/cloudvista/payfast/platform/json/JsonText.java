package com.cloudvista.payfast.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Objects;

/**
 * A response body that is JSON text already, sent byte for byte ({@link JsonTextWriter}): what the
 * read cache stores is the representation itself, so a hit needs neither a JSON-B parse into the
 * record nor a serialization back (README "Performance": the cached wallet GET spent 6 % of the
 * server's CPU parsing its two timestamps back into {@code Instant}s).
 *
 * @param json one JSON document, as JSON-B writes {@code value} in {@link #of}
 */
public record JsonText(String json) {

  /**
   * The default JSON-B configuration, which is also what the JAX-RS runtime writes a record with
   * (the applications register no {@code ContextResolver<Jsonb>}), so a body sent as {@code
   * JsonText.of(value)} is the body {@code value} would have been.
   */
  private static final Jsonb JSONB = JsonbBuilder.create();

  public JsonText {
    Objects.requireNonNull(json, "json");
  }

  /** {@code value} as the JAX-RS runtime would have written it. */
  public static JsonText of(Object value) {
    return new JsonText(JSONB.toJson(value));
  }
}

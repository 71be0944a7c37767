package com.cloudvista.payfast.platform.json;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link JsonText} as it is, in UTF-8. Its own type, so no JSON-B writer of the runtime
 * (which would quote a {@code String}) can claim it. Registered by the Transaction API.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonTextWriter implements MessageBodyWriter<JsonText> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == JsonText.class;
  }

  @Override
  public void writeTo(
      JsonText text,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream body)
      throws IOException {
    body.write(text.json().getBytes(StandardCharsets.UTF_8));
  }
}

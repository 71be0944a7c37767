package com.cloudvista.payfast.platform.json;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.Problem.FieldError;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body of the APIs (they are all records) through {@link StrictJson}
 * first, then binds it with JSON-B as before. Registered by both JAX-RS applications, ahead of the
 * container's own JSON-B reader.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonReader implements MessageBodyReader<Object> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body) {
    JsonObject object = StrictJson.object(body);
    List<FieldError> errors = StrictJson.typeErrors(object, type);
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED, "The request body is not valid.", errors, Map.of());
    }
    return JSONB.fromJson(object.toString(), genericType);
  }
}

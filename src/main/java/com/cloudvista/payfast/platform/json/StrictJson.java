package com.cloudvista.payfast.platform.json;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.Problem.FieldError;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract's strict input: a body is exactly one JSON object (no array, no trailing data, no
 * duplicate keys, no NUL character anywhere), and every field has the JSON type of the record
 * component it fills, never coerced ({@code "capture": 1} or {@code "capture": "yes"} is refused,
 * not read as false). Parsing and binding stay with JSON-P and JSON-B; this only refuses what they
 * would read leniently, with a 400 {@code validation_failed} naming each field.
 */
public final class StrictJson {

  /**
   * Looked up once: every {@code Json.createX} call looks the provider up again (a ServiceLoader
   * scan and, in Liberty, a failed OSGi class load with its stack trace), which cost 6 % of the
   * server's CPU in the transfer benchmark (README "Performance").
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private StrictJson() {}

  /**
   * Reads the one JSON object of a body, refusing arrays, scalars, trailing data, duplicate keys
   * and NULs.
   */
  public static JsonObject object(InputStream body) {
    // UTF-8 as the contract says, read through a strict decoder: JSON-P's own encoding detection
    // fails with a bare JsonException (a 500) on bodies shorter than four bytes, such as "{".
    Reader text =
        new InputStreamReader(
            body,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    try (JsonParser parser = JSON.createParser(text)) {
      if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
        throw invalid("body", "must be one JSON object");
      }
      JsonObject object = readObject(parser, "");
      if (hasMore(parser)) {
        throw invalid("body", "must be one JSON object with nothing after it");
      }
      return object;
    } catch (JsonParsingException e) {
      throw e; // the problem mappers name the position
    } catch (JsonException e) {
      throw invalid("body", "must be one JSON object in UTF-8");
    }
  }

  /**
   * Anything after the object, a second value or garbage (which the parser reports by throwing).
   */
  private static boolean hasMore(JsonParser parser) {
    try {
      return parser.hasNext();
    } catch (JsonParsingException e) {
      return true;
    }
  }

  /** The fields whose JSON type cannot fill the record component of the same name (recursively). */
  public static List<FieldError> typeErrors(JsonObject object, Class<?> record) {
    List<FieldError> errors = new ArrayList<>();
    check(object, record, "", errors);
    return errors;
  }

  private static JsonObject readObject(JsonParser parser, String path) {
    JsonObjectBuilder builder = JSON.createObjectBuilder();
    Set<String> keys = new HashSet<>();
    while (true) {
      Event event = parser.next();
      if (event == Event.END_OBJECT) {
        return builder.build();
      }
      String key = parser.getString();
      String field = path.isEmpty() ? key : path + "." + key;
      refuseNul(key, field);
      if (!keys.add(key)) {
        throw invalid(field, "appears more than once");
      }
      builder.add(key, readValue(parser, parser.next(), field));
    }
  }

  private static JsonArray readArray(JsonParser parser, String path) {
    JsonArrayBuilder builder = JSON.createArrayBuilder();
    int index = 0;
    for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
      builder.add(readValue(parser, event, path + "[" + index++ + "]"));
    }
    return builder.build();
  }

  private static JsonValue readValue(JsonParser parser, Event event, String field) {
    return switch (event) {
      case START_OBJECT -> readObject(parser, field);
      case START_ARRAY -> readArray(parser, field);
      case VALUE_STRING -> {
        String text = parser.getString();
        refuseNul(text, field);
        yield JSON.createValue(text);
      }
      case VALUE_NUMBER -> JSON.createValue(parser.getBigDecimal());
      case VALUE_TRUE -> JsonValue.TRUE;
      case VALUE_FALSE -> JsonValue.FALSE;
      case VALUE_NULL -> JsonValue.NULL;
      default -> throw invalid(field, "is not a JSON value");
    };
  }

  private static void refuseNul(String text, String field) {
    if (text.indexOf('\u0000') >= 0) {
      throw invalid(field, "must not contain a NUL character");
    }
  }

  private static void check(
      JsonObject object, Class<?> record, String path, List<FieldError> errors) {
    for (RecordComponent component : record.getRecordComponents()) {
      JsonbProperty renamed = component.getAnnotation(JsonbProperty.class);
      String name =
          renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
      JsonValue value = object.get(name);
      if (value != null) {
        checkValue(
            value, component.getGenericType(), path.isEmpty() ? name : path + "." + name, errors);
      }
    }
  }

  private static void checkValue(
      JsonValue value, Type type, String field, List<FieldError> errors) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return; // Bean Validation decides whether a field may be absent
    }
    Class<?> raw = raw(type);
    String expected = expected(raw);
    JsonValue.ValueType actual = value.getValueType();
    boolean fits =
        switch (expected) {
          case "a string" -> actual == JsonValue.ValueType.STRING;
          case "a boolean" ->
              actual == JsonValue.ValueType.TRUE || actual == JsonValue.ValueType.FALSE;
          case "a number" -> actual == JsonValue.ValueType.NUMBER;
          case "an array" -> actual == JsonValue.ValueType.ARRAY;
          case "an object" -> actual == JsonValue.ValueType.OBJECT;
          default -> true;
        };
    if (!fits) {
      errors.add(new FieldError(field, "must be " + expected));
    } else if (actual == JsonValue.ValueType.ARRAY && type instanceof ParameterizedType list) {
      JsonArray array = value.asJsonArray();
      for (int i = 0; i < array.size(); i++) {
        checkValue(array.get(i), list.getActualTypeArguments()[0], field + "[" + i + "]", errors);
      }
    } else if (actual == JsonValue.ValueType.OBJECT && raw.isRecord()) {
      check(value.asJsonObject(), raw, field, errors);
    }
  }

  /** The JSON type a Java type is read from; "any" where JSON-B decides (Object, custom types). */
  private static String expected(Class<?> raw) {
    if (raw == String.class
        || raw.isEnum()
        || java.time.temporal.Temporal.class.isAssignableFrom(raw)
        || raw == java.time.YearMonth.class
        || raw == java.util.UUID.class) {
      return "a string";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "a boolean";
    }
    if (Number.class.isAssignableFrom(raw)
        || (raw.isPrimitive() && raw != char.class)
        || raw == BigDecimal.class
        || raw == BigInteger.class) {
      return "a number";
    }
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      return "an array";
    }
    if (raw.isRecord() || Map.class.isAssignableFrom(raw)) {
      return "an object";
    }
    return "any";
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static ProblemException invalid(String field, String message) {
    return new ProblemException(
        ErrorCode.VALIDATION_FAILED,
        "The request body is not valid.",
        List.of(new FieldError(field, message)),
        Map.of());
  }
}

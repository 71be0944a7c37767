package com.cloudvista.payfast.app.openapi;

import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What the response records say about the bodies they produce, written into their schemas: which
 * properties are always present ({@code required}) and which may be {@code null}. The records are
 * found through the return types and {@code @APIResponse} annotations of the resource methods, and
 * nested records through their components.
 *
 * <p>The rule follows JSON-B: a record annotated {@link JsonbNillable} writes every component, so
 * all are required and those marked {@link Nullable} also admit {@code null}; any other record
 * omits a null component, so a {@code @Nullable} one is optional and every other one is required.
 * Primitives are always present.
 */
final class ResponseSchemas {

  private ResponseSchemas() {}

  /** The response records reachable from these resources, by schema name. */
  static Map<String, Class<?>> records(Collection<Class<?>> resources) {
    Map<String, Class<?>> records = new LinkedHashMap<>();
    for (Class<?> resource : resources) {
      for (Method method : resource.getDeclaredMethods()) {
        typesIn(method.getGenericReturnType()).forEach(type -> collect(type, records));
        for (APIResponse response : method.getAnnotationsByType(APIResponse.class)) {
          for (Content content : response.content()) {
            collect(content.schema().implementation(), records);
          }
        }
      }
    }
    return records;
  }

  private static void collect(Class<?> type, Map<String, Class<?>> records) {
    if (!type.isRecord() || records.containsValue(type)) {
      return;
    }
    records.put(schemaName(type), type);
    for (RecordComponent component : type.getRecordComponents()) {
      for (Class<?> nested : typesIn(component.getGenericType())) {
        collect(nested, records);
      }
    }
  }

  private static List<Class<?>> typesIn(Type type) {
    List<Class<?>> types = new ArrayList<>();
    if (type instanceof Class<?> c) {
      types.add(c);
    } else if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        types.addAll(typesIn(argument));
      }
    }
    return types;
  }

  static String schemaName(Class<?> type) {
    var schema =
        type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
  }

  /** Writes {@code required} and nullability of {@code record}'s components into its schema. */
  static void complete(Schema schema, Class<?> record) {
    if (schema.getProperties() == null) {
      return;
    }
    boolean writesNulls = record.isAnnotationPresent(JsonbNillable.class);
    List<String> required = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      String name = propertyName(component);
      Schema property = schema.getProperties().get(name);
      if (property == null) {
        continue;
      }
      boolean nullable = component.isAnnotationPresent(Nullable.class);
      if (component.getType().isPrimitive() || writesNulls || !nullable) {
        required.add(name);
      }
      if (writesNulls && nullable) {
        schema.addProperty(name, nullable(property));
      }
    }
    schema.setRequired(required);
  }

  private static String propertyName(RecordComponent component) {
    JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
    if (property == null) {
      property = component.getAnnotation(JsonbProperty.class);
    }
    return property != null && !property.value().isEmpty() ? property.value() : component.getName();
  }

  /** The property, also admitting {@code null}: a second type, or a union for a reference. */
  private static Schema nullable(Schema property) {
    Schema nullType = OASFactory.createSchema().addType(Schema.SchemaType.NULL);
    if (property.getRef() != null) {
      return OASFactory.createSchema()
          .anyOf(List.of(OASFactory.createSchema().ref(property.getRef()), nullType));
    }
    if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
      property.addType(Schema.SchemaType.NULL);
    }
    if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
      property.addEnumeration(null);
    }
    return property;
  }

  /**
   * Properties that hold ids, in every response schema: UUID strings, except these (name-based
   * ids).
   */
  static final Set<String> NOT_UUID =
      Set.of(
          "CategoryResponse.id",
          "ClientResponse.clientId",
          "CreatedClientResponse.clientId",
          "Mismatch.id");

  static boolean isUuid(String schemaName, String property) {
    return !NOT_UUID.contains(schemaName + "." + property)
        && (property.equals("id")
            || property.endsWith("Id")
            || property.equals("reversalOf")
            || property.equals("reversedBy"));
  }
}

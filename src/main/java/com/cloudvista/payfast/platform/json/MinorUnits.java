package com.cloudvista.payfast.platform.json;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Amounts are JSON integers of minor units. JSON-B would silently truncate {@code 12.5} to 12; this
 * refuses any fraction, exponent form or out-of-range number (400 validation_failed).
 */
public class MinorUnits implements JsonbDeserializer<Long> {

  @Override
  public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
    // Yasson positions the parser on the value; a string or other token makes these throw.
    try {
      if (!parser.isIntegralNumber()) {
        throw new JsonbException("amount must be an integer number of minor units");
      }
      BigDecimal value = parser.getBigDecimal();
      return value.longValueExact();
    } catch (IllegalStateException | ArithmeticException e) {
      throw new JsonbException("amount must be an integer number of minor units within range", e);
    }
  }
}

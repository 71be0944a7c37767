package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.audit.domain.TransactionLogRecord;
import com.cloudvista.payfast.audit.domain.TransactionLogRecord.Entry;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

/**
 * The JSON Lines form of a {@link TransactionLogRecord}: one compact object per line, fields in the
 * contract's order, absent values as {@code null}, {@code createdAt} in RFC 3339 UTC. The text is
 * produced once, when the record enters the outbox, and shipped verbatim, so every upload of a
 * batch carries the same bytes.
 */
public final class TransactionLogJson {

  /** Looked up once, not per record (see {@code StrictJson}: the lookup is the costly part). */
  private static final JsonProvider JSON = JsonProvider.provider();

  private TransactionLogJson() {}

  public static String write(TransactionLogRecord record) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject()
          .write("transactionId", record.transactionId())
          .write("type", record.type())
          .write("status", record.status())
          .write("amount", record.amount())
          .write("currency", record.currency())
          .writeStartArray("entries");
      for (Entry entry : record.entries()) {
        json.writeStartObject();
        if (entry.walletId() != null) {
          json.write("walletId", entry.walletId());
        } else {
          json.write("account", entry.account());
        }
        json.write("amount", entry.amount()).writeEnd();
      }
      json.writeEnd();
      writeNullable(json, "actor", record.actor());
      writeNullable(json, "requestId", record.requestId());
      json.write("createdAt", record.createdAt().toString()).writeEnd();
    }
    return out.toString();
  }

  public static TransactionLogRecord read(String line) {
    JsonObject json;
    try (JsonReader reader = JSON.createReader(new StringReader(line))) {
      json = reader.readObject();
    }
    List<Entry> entries =
        json.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
            .map(
                e ->
                    new Entry(
                        text(e, "walletId"),
                        text(e, "account"),
                        e.getJsonNumber("amount").longValueExact()))
            .toList();
    return new TransactionLogRecord(
        json.getString("transactionId"),
        json.getString("type"),
        json.getJsonNumber("amount").longValueExact(),
        json.getString("currency"),
        entries,
        text(json, "actor"),
        text(json, "requestId"),
        Instant.parse(json.getString("createdAt")),
        json.getString("status", TransactionLogRecord.COMPLETED));
  }

  private static void writeNullable(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? null
        : json.getString(name);
  }
}

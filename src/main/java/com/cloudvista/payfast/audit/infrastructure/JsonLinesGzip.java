package com.cloudvista.payfast.audit.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip-compressed JSON Lines. The output depends only on the lines: the JDK's gzip header has no
 * file name and a zero modification time, so a retried upload of a batch writes identical bytes.
 */
public final class JsonLinesGzip {

  private JsonLinesGzip() {}

  public static byte[] encode(List<String> lines) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(512, lines.size() * 96));
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 8192)) {
      for (String line : lines) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
          throw new IllegalArgumentException("a JSON Lines record cannot contain a line break");
        }
        gzip.write(line.getBytes(StandardCharsets.UTF_8));
        gzip.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static List<String> decode(byte[] object) {
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(object))) {
      return new String(gzip.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package com.cloudvista.payfast.platform.web.edge;

import com.ibm.wsspi.http.HttpInboundConnection;
import com.ibm.wsspi.http.HttpOutputStream;
import com.ibm.wsspi.http.HttpRequest;
import com.ibm.wsspi.http.HttpResponse;
import com.ibm.wsspi.http.WorkClassifier;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Answers a request whose path Liberty's web container would refuse with its own body ({@code
 * CWWWC0005I}) with the contract's 400 problem instead: a control character ({@code %00}, {@code
 * %0D}, {@code %0A}, any character below 0x20 or 0x7F, encoded or raw), a {@code %} without two hex
 * digits, a {@code ..} that climbs above the root, a dot or empty segment with a path parameter.
 *
 * <p>The web container refuses those while it chooses the web module ({@code
 * WebContainer.handleRequest}: the URI decoding, then Servlet 6.0's {@code
 * RequestUtils.canonicalizeURI}, then {@code sendBadRequestResponse}), before any module, filter or
 * error page runs, with a one-line HTML (or {@code {"error_message": …}}) body and no request id;
 * no server setting changes that. The one hook of the server ahead of that point is the HTTP
 * dispatcher's {@link WorkClassifier} (SPI package {@code com.ibm.wsspi.http}), which it asks about
 * every request before it hands the request to the web container. Liberty's BELL feature registers
 * this class as that service (server.xml: {@code <bell … spiVisibility="true">}, and the library's
 * {@code META-INF/services/com.ibm.wsspi.http.WorkClassifier}). For every other request it answers
 * {@code null}, and the dispatcher runs the request on the same thread exactly as without a
 * classifier; for a refused one it answers an executor that writes the problem on the connection
 * and finishes it instead of running the web container.
 *
 * <p>Loaded by the BELL library's class loader only (never by the application's), so it depends on
 * that SPI, the JDK and its own package only.
 */
public final class EdgePathGuard implements WorkClassifier {

  private static final Logger LOG = Logger.getLogger(EdgePathGuard.class.getName());

  private static final String TYPE = "https://payfast.cloudvista.com/problems/validation_failed";
  private static final String DETAIL = "The request path is not a valid path.";
  private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

  @Override
  public Executor classify(HttpRequest request, HttpInboundConnection connection) {
    String uri = request.getURI();
    String reason = refusal(uri);
    if (reason == null) {
      return null; // the dispatcher runs the request as usual
    }
    return ignoredTask -> refuse(request, connection, uri, reason);
  }

  /**
   * Why the web container would refuse this path with {@code CWWWC0005I}, or {@code null} when it
   * would not. The same rules, in the same order, as Liberty's decoding ({@code
   * WebContainer.handleRequest}: a {@code %} not followed by two hex digits) and Servlet 6.0
   * canonicalization of the decoded path ({@code RequestUtils.canonicalizeURI}): a segment that
   * starts with {@code .;} or {@code ..;}, an empty segment with a path parameter before the last
   * one, a {@code ..} with no segment left to remove, and any character below 0x20 or 0x7F.
   */
  static String refusal(String uri) {
    if (uri == null) {
      return null;
    }
    int query = uri.indexOf('?');
    String raw = query < 0 ? uri : uri.substring(0, query);
    if (plain(raw)) {
      return null; // the common case, on every request: nothing below can apply
    }
    String path = decode(raw);
    if (path == null) {
      return "has a '%' that is not followed by two hexadecimal digits";
    }
    if (path.indexOf(';') >= 0) {
      String[] segments = segments(path);
      StringBuilder rebuilt = new StringBuilder(path.length());
      for (int i = 0; i < segments.length; i++) {
        String segment = segments[i];
        if (segment.startsWith(".;") || segment.startsWith("..;")) {
          return "has a dot segment with a path parameter";
        }
        if (segment.startsWith(";") && i < segments.length - 1) {
          return "has an empty segment with a path parameter";
        }
        int parameter = segment.indexOf(';');
        boolean session = segment.toLowerCase(Locale.ROOT).contains(";jsessionid");
        rebuilt
            .append('/')
            .append(parameter < 0 || session ? segment : segment.substring(0, parameter));
      }
      path = rebuilt.toString();
    }
    path = REPEATED_SLASHES.matcher(path).replaceAll("/");
    while (path.contains("/./")) {
      path = path.replace("/./", "/");
    }
    if (path.endsWith("/.")) {
      path = path.substring(0, path.length() - 2);
    }
    if (path.contains("/..")) {
      int depth = 0;
      for (String segment : segments(path)) {
        if (!segment.equals("..")) {
          depth++;
        } else if (depth == 0) {
          return "climbs above the root with '..'";
        } else {
          depth--;
        }
      }
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        return "must not contain a control character (such as %00, %0D or %0A)";
      }
    }
    return null;
  }

  /**
   * True for a path of printable characters without {@code %}, {@code ;}, {@code .} or a doubled
   * slash, which no rule of {@link #refusal} can refuse.
   */
  private static boolean plain(String raw) {
    char previous = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x20
          || c == 0x7F
          || c == '%'
          || c == ';'
          || c == '.'
          || (c == '/' && previous == '/')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** The segments of a path, without the leading slash, empty ones kept. */
  private static String[] segments(String path) {
    return path.substring(path.startsWith("/") ? 1 : 0).split("/", -1);
  }

  /** The percent-decoded path as UTF-8, or {@code null} when a {@code %} has no two hex digits. */
  private static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        continue;
      }
      int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
      int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
      if (high < 0 || low < 0) {
        return null;
      }
      bytes.write(high * 16 + low);
      i += 2;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void refuse(
      HttpRequest request, HttpInboundConnection connection, String uri, String reason) {
    String requestId = EdgeRequestIds.acceptOrGenerate(request.getHeader(EdgeRequestIds.HEADER));
    byte[] body = problem(uri, requestId, reason).getBytes(StandardCharsets.UTF_8);
    try {
      HttpResponse response = connection.getResponse();
      response.setStatus(400);
      response.setReason("Bad Request");
      response.setHeader("Content-Type", "application/problem+json;charset=UTF-8");
      response.setHeader(EdgeRequestIds.HEADER, requestId);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "no-store");
      response.setContentLength(body.length);
      HttpOutputStream out = response.getBody();
      out.write(body);
      out.flush();
      LOG.log(Level.FINE, "{0} refused: the path {1}", new Object[] {requestId, reason});
      connection.finish(null);
    } catch (Exception | LinkageError failure) {
      LOG.log(Level.FINE, requestId + " refusal failed", failure);
      connection.finish(failure instanceof Exception e ? e : new IllegalStateException(failure));
    }
  }

  /** The contract's problem document, written by hand: no JSON library is visible here. */
  static String problem(String uri, String requestId, String reason) {
    int query = uri.indexOf('?');
    String instance = query < 0 ? uri : uri.substring(0, query);
    return "{\"type\":\""
        + TYPE
        + "\",\"title\":\"Validation failed\",\"status\":400,\"detail\":\""
        + DETAIL
        + "\",\"instance\":\""
        + json(instance)
        + "\",\"code\":\"validation_failed\",\"requestId\":\""
        + json(requestId)
        + "\",\"errors\":[{\"field\":\"path\",\"message\":\""
        + json(reason)
        + "\"}]}";
  }

  private static String json(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7F || c == '<' || c == '>' || c == '&' || c > 0x7E) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}

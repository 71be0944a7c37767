package com.cloudvista.payfast.auth.api;

import com.cloudvista.payfast.auth.domain.OAuthException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body of the OAuth endpoints, decoded strictly: bad
 * percent-encoding ({@code %zz}), a NUL character or a repeated parameter is RFC 6749's {@code
 * invalid_request}, never a 500 from the container's lenient form reader.
 */
final class FormBody {

  private final Map<String, List<String>> parameters;

  private FormBody(Map<String, List<String>> parameters) {
    this.parameters = parameters;
  }

  static FormBody parse(String body) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (body != null && !body.isEmpty()) {
      for (String pair : body.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    return new FormBody(parameters);
  }

  /** A parameter that must not repeat (RFC 6749 §3.1), or null when absent. */
  String single(String name) {
    List<String> values = parameters.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw OAuthException.invalidRequest("Parameter " + name + " must not repeat.");
    }
    return values.get(0);
  }

  private static String decode(String text) {
    String decoded;
    try {
      decoded = URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw OAuthException.invalidRequest("The form body is not valid percent-encoding.");
    }
    if (decoded.indexOf('\u0000') >= 0) {
      throw OAuthException.invalidRequest("The form body must not contain a NUL character.");
    }
    return decoded;
  }
}

package com.cloudvista.payfast.platform.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id of the request the current thread serves; set by {@link RequestIdFilter}. */
public final class RequestContext {

  public static final String HEADER = "X-Request-Id";

  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestContext() {}

  /** The incoming id when it is safe to echo into headers and logs, otherwise a new one. */
  static String acceptOrGenerate(String incoming) {
    if (incoming != null && SANE_ID.matcher(incoming).matches()) {
      return incoming;
    }
    return UUID.randomUUID().toString();
  }

  static void set(String requestId) {
    CURRENT.set(requestId);
  }

  static void clear() {
    CURRENT.remove();
  }

  public static Optional<String> requestId() {
    return Optional.ofNullable(CURRENT.get());
  }
}

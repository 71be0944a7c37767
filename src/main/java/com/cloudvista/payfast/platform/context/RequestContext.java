package com.cloudvista.payfast.platform.context;

import com.cloudvista.payfast.platform.web.edge.EdgeRequestIds;
import java.util.Optional;

/** The id of the request the current thread serves; set by {@link RequestIdFilter}. */
public final class RequestContext {

  public static final String HEADER = EdgeRequestIds.HEADER;
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestContext() {}

  public static void set(String requestId) {
    CURRENT.set(requestId);
  }

  public static void clear() {
    CURRENT.remove();
  }

  public static Optional<String> requestId() {
    return Optional.ofNullable(CURRENT.get());
  }
}

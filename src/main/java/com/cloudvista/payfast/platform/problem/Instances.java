package com.cloudvista.payfast.platform.problem;

import jakarta.ws.rs.core.UriInfo;

/** The {@code instance} member of a problem: the path of the request that failed. */
final class Instances {

  private Instances() {}

  static String of(UriInfo uriInfo) {
    if (uriInfo == null) {
      return null;
    }
    try {
      return uriInfo.getRequestUri().getRawPath();
    } catch (RuntimeException outsideRequest) {
      return null;
    }
  }
}

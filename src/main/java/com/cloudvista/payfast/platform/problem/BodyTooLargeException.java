package com.cloudvista.payfast.platform.problem;

import java.io.IOException;

/** Thrown while reading a request body that grows past the contract's 64 KiB. */
public class BodyTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  public BodyTooLargeException(long limit) {
    super("Request body exceeds " + limit + " bytes");
    this.limit = limit;
  }

  /** The limit the body grew past, in bytes. */
  public long limit() {
    return limit;
  }
}

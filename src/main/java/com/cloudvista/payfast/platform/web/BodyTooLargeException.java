package com.cloudvista.payfast.platform.web;

import java.io.IOException;

/** Thrown while reading a request body that grows past the contract's 64 KiB. */
public class BodyTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  public BodyTooLargeException(long limit) {
    super("Request body exceeds " + limit + " bytes");
  }
}

package com.cloudvista.payfast.platform.problem;

/** The stable error codes of the public contract, with the HTTP status each one answers. */
public enum ErrorCode {
  VALIDATION_FAILED(400, "Validation failed"),
  IDEMPOTENCY_KEY_REQUIRED(400, "Idempotency-Key required"),
  UNAUTHORIZED(401, "Unauthorized"),
  FORBIDDEN(403, "Forbidden"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  IDEMPOTENCY_IN_PROGRESS(409, "Idempotent request in progress"),
  CONFLICT(409, "Conflict"),
  PAYLOAD_TOO_LARGE(413, "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  INSUFFICIENT_FUNDS(422, "Insufficient funds"),
  CURRENCY_MISMATCH(422, "Currency mismatch"),
  SAME_WALLET(422, "Same wallet"),
  WALLET_FROZEN(422, "Wallet frozen"),
  WALLET_CLOSED(422, "Wallet closed"),
  AMOUNT_TOO_LARGE(422, "Amount too large"),
  LIMIT_EXCEEDED(422, "Limit exceeded"),
  ALREADY_REVERSED(422, "Already reversed"),
  HOLD_EXPIRED(422, "Hold expired"),
  IDEMPOTENCY_KEY_REUSED(422, "Idempotency-Key reused"),
  RATE_LIMITED(429, "Too many requests"),
  INTERNAL_ERROR(500, "Internal server error"),
  UNAVAILABLE(503, "Service unavailable");

  private final int status;
  private final String title;

  ErrorCode(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The machine string clients match on, e.g. {@code insufficient_funds}. */
  public String value() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The code a bare HTTP status maps to when nothing more specific is known. */
  public static ErrorCode forStatus(int status) {
    return switch (status) {
      case 400 -> VALIDATION_FAILED;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 409 -> CONFLICT;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 429 -> RATE_LIMITED;
      case 503 -> UNAVAILABLE;
      default -> status >= 500 ? INTERNAL_ERROR : VALIDATION_FAILED;
    };
  }
}

package com.cloudvista.payfast.platform.cache;

/**
 * A Redis command did not run: Redis is not configured, failed, timed out, or the circuit breaker
 * refused the call. Callers catch it and fall back (PostgreSQL, in-process counters).
 */
public class RedisUnavailableException extends RuntimeException {

  RedisUnavailableException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}

package com.cloudvista.payfast.platform.idempotency;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import java.util.regex.Pattern;

/**
 * The header's rule: 1–255 printable ASCII characters (0x20–0x7E), else 400
 * idempotency_key_required.
 */
public final class IdempotencyKeys {

  public static final String HEADER = "Idempotency-Key";
  private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E]{1,255}");

  private IdempotencyKeys() {}

  public static String require(String key) {
    if (key == null || !PRINTABLE.matcher(key).matches()) {
      throw new ProblemException(
          ErrorCode.IDEMPOTENCY_KEY_REQUIRED,
          "Send an Idempotency-Key header of 1 to 255 printable ASCII characters with this request.");
    }
    return key;
  }
}

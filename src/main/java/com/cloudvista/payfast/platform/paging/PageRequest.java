package com.cloudvista.payfast.platform.paging;

import com.cloudvista.payfast.platform.problem.ProblemException;

/** A validated {@code limit} (1–200, default 50) and optional decoded cursor position. */
public record PageRequest(int limit, Cursors.Position after) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** Parses the query parameter; absent means the default, anything but 1–200 is a 400. */
  public static int limit(String text) {
    if (text == null || text.isEmpty()) {
      return DEFAULT_LIMIT;
    }
    int requested;
    try {
      requested = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      requested = -1;
    }
    if (requested < 1 || requested > MAX_LIMIT) {
      throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return requested;
  }
}

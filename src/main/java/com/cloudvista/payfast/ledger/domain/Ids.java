package com.cloudvista.payfast.ledger.domain;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Parses the canonical lower/upper-case UUID form only; anything else is "no such id". */
final class Ids {

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Ids() {}

  static Optional<UUID> parse(String text) {
    if (text == null || !UUID_TEXT.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(UUID.fromString(text));
  }
}

package com.cloudvista.payfast.ledger.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The opaque identity of a ledger transaction. */
public record TransactionId(UUID value) {

  public TransactionId {
    Objects.requireNonNull(value, "value");
  }

  public static TransactionId generate() {
    return new TransactionId(UUID.randomUUID());
  }

  public static Optional<TransactionId> parse(String text) {
    return Ids.parse(text).map(TransactionId::new);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

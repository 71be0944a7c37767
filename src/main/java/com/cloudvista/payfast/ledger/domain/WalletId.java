package com.cloudvista.payfast.ledger.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The opaque identity of a wallet (a random UUID, never sequential). */
public record WalletId(UUID value) implements Comparable<WalletId> {

  public WalletId {
    Objects.requireNonNull(value, "value");
  }

  public static WalletId generate() {
    return new WalletId(UUID.randomUUID());
  }

  /** Empty when the text is not an id this service could have issued. */
  public static Optional<WalletId> parse(String text) {
    return Ids.parse(text).map(WalletId::new);
  }

  @Override
  public int compareTo(WalletId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

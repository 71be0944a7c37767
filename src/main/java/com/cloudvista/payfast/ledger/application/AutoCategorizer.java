package com.cloudvista.payfast.ledger.application;

import java.util.Optional;

/**
 * Gives a category to an outgoing payment or transfer that arrives without one (the expense
 * context's rules implement it). Called inside the transaction that records the line, so the line
 * is stored categorised or not at all.
 */
public interface AutoCategorizer {

  Optional<String> categorize(String owner, String merchant, String description, long amount);

  /** The category the initiator gets: the explicit one always wins. */
  default String categoryOf(
      String owner, String explicit, String merchant, String description, long amount) {
    return explicit != null
        ? explicit
        : categorize(owner, merchant, description, amount).orElse(null);
  }
}

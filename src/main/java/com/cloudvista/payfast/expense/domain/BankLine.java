package com.cloudvista.payfast.expense.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a bank file. {@code amount} is signed minor units as the bank states it: negative for
 * money out (an outflow becomes an expense), positive for money in. {@code importKey} is what makes
 * the line unique for its owner across every import of every file.
 */
public record BankLine(
    int line, Instant bookedAt, long amount, String merchant, String memo, String importKey) {

  public BankLine {
    Objects.requireNonNull(bookedAt, "bookedAt");
    Objects.requireNonNull(importKey, "importKey");
  }

  public boolean outflow() {
    return amount < 0;
  }
}

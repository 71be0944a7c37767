package com.cloudvista.payfast.ledger.domain;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency in its minor units (1250 = 12.50 USD). Immutable; arithmetic never
 * overflows silently ({@link ArithmeticException}) and never mixes currencies ({@link
 * CurrencyMismatchException}). The amount may be negative (ledger postings); requests are checked
 * with {@link #requirePositive()}.
 */
public record Money(long amount, Currency currency) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money of(long amount, Currency currency) {
    return new Money(amount, currency);
  }

  public static Money of(long amount, String currencyCode) {
    return new Money(amount, Currency.getInstance(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(amount, other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(amount, other.amount), currency);
  }

  public Money negate() {
    return new Money(Math.negateExact(amount), currency);
  }

  public boolean isPositive() {
    return amount > 0;
  }

  public boolean isNegative() {
    return amount < 0;
  }

  public boolean isZero() {
    return amount == 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public Money requirePositive() {
    if (amount <= 0) {
      throw new IllegalArgumentException("amount must be positive: " + amount);
    }
    return this;
  }

  public void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(amount, other.amount);
  }

  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  @Override
  public String toString() {
    return amount + " " + currency.getCurrencyCode();
  }
}

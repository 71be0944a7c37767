package com.cloudvista.payfast.ledger.domain;

import com.cloudvista.payfast.platform.problem.ProblemException;
import java.time.Duration;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;

/**
 * The configurable business rules: which currencies exist, the largest amount of one transaction,
 * the outgoing total per wallet per UTC day, and how long a hold lasts.
 */
public record LedgerPolicy(
    long maxAmount, long dailyOutgoing, Set<Currency> currencies, Duration holdExpiry) {

  public LedgerPolicy {
    if (maxAmount <= 0 || dailyOutgoing <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    currencies = Set.copyOf(currencies);
    Objects.requireNonNull(holdExpiry, "holdExpiry");
  }

  /** The supported currency of that code, else a 400 on {@code field}. */
  public Currency currency(String code, String field) {
    if (code != null) {
      for (Currency currency : currencies) {
        if (currency.getCurrencyCode().equals(code)) {
          return currency;
        }
      }
    }
    throw ProblemException.invalid(
        field,
        "must be one of " + currencies.stream().map(Currency::getCurrencyCode).sorted().toList());
  }

  /** A request amount in a supported currency, positive and at most the maximum. */
  public Money amount(long minorUnits, String currencyCode) {
    Currency currency = currency(currencyCode, "currency");
    if (minorUnits <= 0) {
      throw ProblemException.invalid("amount", "must be greater than 0");
    }
    Money amount = Money.of(minorUnits, currency);
    requireWithinMax(amount);
    return amount;
  }

  public void requireWithinMax(Money amount) {
    if (amount.amount() > maxAmount) {
      throw new AmountTooLargeException(
          "The amount "
              + amount.amount()
              + " is above the maximum of "
              + maxAmount
              + " minor units.");
    }
  }

  /**
   * Refuses when {@code alreadyToday + amount} would pass the daily outgoing limit (overflow-safe).
   */
  public void requireWithinDailyOutgoing(long alreadyToday, Money amount) {
    if (alreadyToday > dailyOutgoing || amount.amount() > dailyOutgoing - alreadyToday) {
      throw new LimitExceededException(
          "The wallet may send at most "
              + dailyOutgoing
              + " minor units per UTC day; "
              + alreadyToday
              + " already went out today.");
    }
  }
}

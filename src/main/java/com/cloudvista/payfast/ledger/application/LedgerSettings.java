package com.cloudvista.payfast.ledger.application;

import com.cloudvista.payfast.ledger.domain.LedgerPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ledger's rules from MicroProfile Config (every key also an environment variable, e.g.
 * PAYFAST_LIMITS_MAX_AMOUNT).
 */
@ApplicationScoped
public class LedgerSettings {

  /** Singleton (no client proxy): LedgerPolicy is an immutable record, read once at start. */
  @Produces
  @Singleton
  LedgerPolicy policy(
      @ConfigProperty(name = "payfast.limits.max-amount") long maxAmount,
      @ConfigProperty(name = "payfast.limits.daily-outgoing") long dailyOutgoing,
      @ConfigProperty(name = "payfast.currencies") String currencies,
      @ConfigProperty(name = "payfast.holds.expiry") Duration holdExpiry) {
    Set<Currency> supported =
        Arrays.stream(currencies.split(","))
            .map(String::trim)
            .filter(code -> !code.isEmpty())
            .map(code -> Currency.getInstance(code.toUpperCase(Locale.ROOT)))
            .collect(Collectors.toSet());
    return new LedgerPolicy(maxAmount, dailyOutgoing, supported, holdExpiry);
  }
}

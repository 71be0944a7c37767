package com.cloudvista.payfast.ledger.domain;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The wallets, as a collection. Balances change only through posted entries, never through {@link
 * #store}.
 */
public interface Wallets {

  Optional<Wallet> find(WalletId id);

  /**
   * Locks the wallets' rows until the end of the current transaction, always in ascending id order
   * so that two transactions touching the same wallets can never deadlock; returns the wallets
   * found, in that order.
   */
  List<Wallet> lock(Collection<WalletId> ids);

  default Optional<Wallet> lock(WalletId id) {
    return lock(List.of(id)).stream().findFirst();
  }

  void add(Wallet wallet);

  /** Writes name, status and held amount (the balance belongs to the entries). */
  void store(Wallet wallet);

  List<Wallet> ownedBy(String ownerId);

  /** The owner's oldest ACTIVE wallet in the currency (recipient of a transfer by e-mail). */
  Optional<WalletId> oldestActive(String ownerId, Currency currency);
}

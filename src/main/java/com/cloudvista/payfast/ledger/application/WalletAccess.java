package com.cloudvista.payfast.ledger.application;

import com.cloudvista.payfast.ledger.domain.NotFoundException;
import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.ledger.domain.WalletId;
import com.cloudvista.payfast.ledger.domain.Wallets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves wallet ids from requests; another user's wallet is indistinguishable from none (404).
 */
@ApplicationScoped
class WalletAccess {

  @Inject Wallets wallets;

  static WalletId id(String text) {
    return WalletId.parse(text).orElseThrow(() -> new NotFoundException("Wallet"));
  }

  Wallet owned(String owner, String walletId) {
    return wallets
        .find(id(walletId))
        .filter(w -> w.isOwnedBy(owner))
        .orElseThrow(() -> new NotFoundException("Wallet"));
  }

  /** Locks the wallets (ascending id order) and returns them by id; a missing one is a 404. */
  Map<WalletId, Wallet> lock(Collection<WalletId> ids) {
    List<Wallet> locked = wallets.lock(ids);
    Map<WalletId, Wallet> byId =
        locked.stream().collect(Collectors.toMap(Wallet::id, Function.identity()));
    for (WalletId id : ids) {
      if (!byId.containsKey(id)) {
        throw new NotFoundException("Wallet");
      }
    }
    return byId;
  }

  static Wallet requireOwner(Wallet wallet, String owner) {
    if (!wallet.isOwnedBy(owner)) {
      throw new NotFoundException("Wallet");
    }
    return wallet;
  }
}

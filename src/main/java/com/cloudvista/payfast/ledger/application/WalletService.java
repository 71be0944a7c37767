package com.cloudvista.payfast.ledger.application;

import com.cloudvista.payfast.ledger.domain.LedgerPolicy;
import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.ledger.domain.Wallets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Opening, listing, reading and renaming one's own wallets. */
@ApplicationScoped
@Transactional
public class WalletService {

  @Inject Wallets wallets;
  @Inject WalletAccess access;
  @Inject LedgerPolicy policy;
  @Inject Event<WalletChanged> changed;

  public Wallet open(String owner, Commands.OpenWallet command) {
    Wallet wallet =
        Wallet.open(owner, policy.currency(command.currency(), "currency"), command.name());
    wallets.add(wallet);
    changed.fire(new WalletChanged(wallet.id().toString(), owner));
    return wallets.find(wallet.id()).orElseThrow();
  }

  public List<Wallet> list(String owner) {
    return wallets.ownedBy(owner);
  }

  public Wallet get(String owner, String walletId) {
    return access.owned(owner, walletId);
  }

  public Wallet rename(String owner, String walletId, String name) {
    Wallet wallet =
        WalletAccess.requireOwner(
            access.lock(List.of(WalletAccess.id(walletId))).values().iterator().next(), owner);
    wallet.rename(name);
    wallets.store(wallet);
    changed.fire(new WalletChanged(walletId, owner));
    return wallets.find(wallet.id()).orElseThrow();
  }
}

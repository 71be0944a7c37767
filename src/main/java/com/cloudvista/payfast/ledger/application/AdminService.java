package com.cloudvista.payfast.ledger.application;

import com.cloudvista.payfast.ledger.domain.LedgerPolicy;
import com.cloudvista.payfast.ledger.domain.NotFoundException;
import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.ledger.domain.WalletId;
import com.cloudvista.payfast.ledger.domain.Wallets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;

/**
 * Operations staff: any wallet, freezing, and the reconciliation of stored balances with the
 * ledger.
 */
@ApplicationScoped
@Transactional
public class AdminService {

  @Inject Wallets wallets;
  @Inject Event<WalletChanged> changed;
  @Inject WalletAccess access;
  @Inject LedgerQueries queries;
  @Inject LedgerPolicy policy;

  public Wallet wallet(String walletId) {
    return wallets
        .find(WalletAccess.id(walletId))
        .orElseThrow(() -> new NotFoundException("Wallet"));
  }

  public Wallet freeze(String walletId) {
    return change(walletId, Wallet::freeze);
  }

  public Wallet unfreeze(String walletId) {
    return change(walletId, Wallet::unfreeze);
  }

  private Wallet change(String walletId, Consumer<Wallet> change) {
    WalletId id = WalletAccess.id(walletId);
    Wallet wallet = access.lock(List.of(id)).get(id);
    change.accept(wallet);
    wallets.store(wallet);
    changed.fire(new WalletChanged(walletId, wallet.ownerId()));
    return wallets.find(id).orElseThrow();
  }

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public LedgerQueries.Reconciliation reconcile() {
    return queries.reconcile(
        policy.currencies().stream().map(Currency::getCurrencyCode).sorted().toList());
  }
}

package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.application.LedgerTransactionCommitted;
import com.cloudvista.payfast.ledger.application.WalletChanged;
import com.cloudvista.payfast.ledger.application.WalletService;
import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.platform.cache.ReadCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * GET of a single wallet through the Redis read cache (display only: nothing that moves money reads
 * it). Entries are made stale as soon as a ledger transaction touching the wallet, a rename or a
 * freeze has committed, so a read right after a 201 shows the new balance on every instance.
 */
@ApplicationScoped
public class WalletViews {

  static final String NAMESPACE = "wallet";

  /** What is cached: the representation, its ETag, and the owner it may be shown to. */
  public record CachedWallet(String ownerId, String etag, WalletResponse wallet) {}

  @Inject ReadCache cache;
  @Inject WalletService wallets;

  CachedWallet get(String caller, String walletId) {
    CachedWallet cached =
        cache.get(
            NAMESPACE,
            walletId,
            CachedWallet.class,
            () -> {
              Wallet wallet = wallets.get(caller, walletId);
              return new CachedWallet(wallet.ownerId(), WalletResponse.etag(wallet), WalletResponse.of(wallet));
            });
    if (!cached.ownerId().equals(caller)) {
      wallets.get(caller, walletId); // answers 404 exactly as an uncached read would
    }
    return cached;
  }

  void onLedgerCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) LedgerTransactionCommitted transaction) {
    transaction.walletIds().forEach(id -> cache.invalidate(NAMESPACE, id));
  }

  void onWalletChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) WalletChanged change) {
    cache.invalidate(NAMESPACE, change.walletId());
  }
}

package com.cloudvista.payfast.ledger.api;

import com.cloudvista.payfast.ledger.application.LedgerQueries;
import com.cloudvista.payfast.ledger.application.LedgerTransactionCommitted;
import com.cloudvista.payfast.ledger.application.TransactionAnnotated;
import com.cloudvista.payfast.ledger.application.TransactionQueryService;
import com.cloudvista.payfast.ledger.application.WalletChanged;
import com.cloudvista.payfast.ledger.application.WalletService;
import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.platform.cache.ReadCache;
import com.cloudvista.payfast.platform.json.JsonText;
import com.cloudvista.payfast.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The hot reads of the Transaction API through the Redis read cache: a single wallet (with its
 * ETag), a user's wallet list, and the first page of a wallet's statement, each cached as the JSON
 * text that is sent ({@link JsonText}), so a hit is served without JSON-B. Display only: nothing
 * that moves money reads them. Each entry is made stale as soon as a change to it has committed (a
 * ledger transaction, opening, renaming or freezing a wallet, annotating a transaction), so a read
 * right after a 201 shows the new state on every instance.
 *
 * <p>Lists and statement pages are cached per owner, so a caller can only ever be served what was
 * loaded for that same caller; a single wallet is cached per wallet with its owner, and checked.
 */
@ApplicationScoped
public class WalletViews {

  static final String WALLET = "wallet";
  static final String WALLET_LIST = "wallets";
  static final String STATEMENT = "statement";

  /**
   * What is cached of one wallet: its representation as the JSON text that is sent, its ETag, and
   * the owner it may be shown to.
   */
  public record CachedWallet(String ownerId, String etag, String body) {

    JsonText representation() {
      return new JsonText(body);
    }
  }

  @Inject ReadCache cache;
  @Inject WalletService wallets;
  @Inject TransactionQueryService queries;

  CachedWallet wallet(String caller, String walletId) {
    CachedWallet cached =
        cache.get(
            WALLET,
            walletId,
            CachedWallet.class,
            () -> {
              Wallet wallet = wallets.get(caller, walletId);
              return new CachedWallet(
                  wallet.ownerId(),
                  WalletResponse.etag(wallet),
                  JsonText.of(WalletResponse.of(wallet)).json());
            });
    if (!cached.ownerId().equals(caller)) {
      wallets.get(caller, walletId); // answers 404 exactly as an uncached read would
    }
    return cached;
  }

  JsonText list(String caller) {
    return cache.getJson(
        WALLET_LIST,
        caller,
        "",
        () ->
            JsonText.of(
                new WalletListResponse(
                    wallets.list(caller).stream().map(WalletResponse::of).toList())));
  }

  /** A page of the statement; only the first page (no cursor) is cached, one entry per query. */
  JsonText statement(
      String caller,
      String walletId,
      LedgerQueries.StatementFilter filter,
      String cursor,
      int limit) {
    if (cursor != null) {
      return JsonText.of(statementFromDatabase(caller, walletId, filter, cursor, limit));
    }
    String query = walletId + '|' + filter + '|' + limit;
    return cache.getJson(
        STATEMENT,
        caller,
        query,
        () -> JsonText.of(statementFromDatabase(caller, walletId, filter, null, limit)));
  }

  private StatementPageResponse statementFromDatabase(
      String caller,
      String walletId,
      LedgerQueries.StatementFilter filter,
      String cursor,
      int limit) {
    Page<LedgerQueries.StatementLine> page =
        queries.statement(caller, walletId, filter, cursor, limit);
    return new StatementPageResponse(
        page.data().stream().map(StatementLineResponse::of).toList(), page.nextCursor());
  }

  void onLedgerCommit(@Observes LedgerTransactionCommitted transaction) {
    List<ReadCache.Entry> stale = new ArrayList<>();
    transaction.walletIds().forEach(id -> stale.add(new ReadCache.Entry(WALLET, id)));
    transaction.ownerIds().forEach(owner -> stale.addAll(ownerViews(owner)));
    cache.invalidateAfterCommit(stale);
  }

  void onWalletChange(@Observes WalletChanged change) {
    cache.invalidateAfterCommit(
        List.of(
            new ReadCache.Entry(WALLET, change.walletId()),
            new ReadCache.Entry(WALLET_LIST, change.ownerId())));
  }

  void onAnnotation(@Observes TransactionAnnotated annotation) {
    cache.invalidateAfterCommit(List.of(new ReadCache.Entry(STATEMENT, annotation.ownerId())));
  }

  private static List<ReadCache.Entry> ownerViews(String ownerId) {
    return List.of(
        new ReadCache.Entry(WALLET_LIST, ownerId), new ReadCache.Entry(STATEMENT, ownerId));
  }
}

package com.cloudvista.payfast.ledger.application;

import com.cloudvista.payfast.ledger.domain.NotFoundException;
import com.cloudvista.payfast.ledger.domain.TransactionId;
import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.platform.paging.Cursors;
import com.cloudvista.payfast.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Statements, the transaction search and per-party annotations; never shows another user's data
 * (404).
 */
@ApplicationScoped
@Transactional
public class TransactionQueryService {

  @Inject LedgerQueries queries;
  @Inject WalletAccess access;
  @Inject Cursors cursors;
  @Inject Event<TransactionAnnotated> annotated;
  @Inject ReceiptAttachments receipts;

  public Page<LedgerQueries.StatementLine> statement(
      String owner,
      String walletId,
      LedgerQueries.StatementFilter filter,
      String cursor,
      int limit) {
    Wallet wallet = access.owned(owner, walletId);
    String listing = "statement:" + wallet.id();
    Cursors.Position after = cursor == null ? null : cursors.decode(listing, cursor);
    List<LedgerQueries.StatementLine> rows =
        queries.statement(wallet.id(), owner, filter, after, limit + 1);
    return cursors.page(
        rows,
        limit,
        listing,
        line -> new Cursors.Position(line.createdAt(), Long.toString(line.entryId())));
  }

  public Page<LedgerQueries.TransactionView> search(
      String owner, String walletId, LedgerQueries.SearchFilter filter, String cursor, int limit) {
    if (walletId != null) {
      filter =
          new LedgerQueries.SearchFilter(
              access.owned(owner, walletId).id(),
              filter.type(),
              filter.category(),
              filter.from(),
              filter.to(),
              filter.minAmount(),
              filter.maxAmount(),
              filter.text());
    }
    String listing = "transactions:" + owner;
    Cursors.Position after = cursor == null ? null : cursors.decode(listing, cursor);
    List<LedgerQueries.TransactionView> rows = queries.search(owner, filter, after, limit + 1);
    return cursors.page(
        rows,
        limit,
        listing,
        view ->
            new Cursors.Position(
                view.transaction().createdAt(), view.transaction().id().toString()));
  }

  public LedgerQueries.TransactionView get(String owner, String transactionId) {
    TransactionId id =
        TransactionId.parse(transactionId).orElseThrow(() -> new NotFoundException("Transaction"));
    return queries.visible(owner, id).orElseThrow(() -> new NotFoundException("Transaction"));
  }

  public LedgerQueries.TransactionView annotate(
      String owner, String transactionId, Commands.Annotate annotation) {
    TransactionId id =
        TransactionId.parse(transactionId).orElseThrow(() -> new NotFoundException("Transaction"));
    LedgerQueries.TransactionView before =
        queries.visible(owner, id).orElseThrow(() -> new NotFoundException("Transaction"));
    String receipt = annotation.receiptUploadId();
    if (receipt != null && !receipt.equals(before.receiptUploadId())) {
      receipts.attach(owner, receipt);
      if (before.receiptUploadId() != null) {
        receipts.release(owner, before.receiptUploadId());
      }
    }
    if (!queries.annotate(owner, id, annotation)) {
      throw new NotFoundException("Transaction");
    }
    annotated.fire(new TransactionAnnotated(transactionId, owner));
    return queries.visible(owner, id).orElseThrow();
  }

  /** A presigned GET (15 min) of the receipt on the owner's side of {@code view}, or null. */
  public String receiptUrl(String owner, LedgerQueries.TransactionView view) {
    return view.receiptUploadId() == null
        ? null
        : receipts.url(owner, view.receiptUploadId()).orElse(null);
  }

  /**
   * Moves the owner's side of their transactions from one category to another (a category was
   * renamed or deleted), in the caller's transaction.
   */
  public void moveCategory(String owner, String from, String to) {
    if (queries.moveCategory(owner, from, to) > 0) {
      annotated.fire(new TransactionAnnotated(null, owner));
    }
  }
}

package com.cloudvista.payfast.ledger.application;

import com.cloudvista.payfast.ledger.domain.LedgerTransaction;
import com.cloudvista.payfast.ledger.domain.Money;
import com.cloudvista.payfast.ledger.domain.TransactionId;
import com.cloudvista.payfast.ledger.domain.TransactionType;
import com.cloudvista.payfast.ledger.domain.WalletId;
import com.cloudvista.payfast.platform.paging.Cursors;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The read side: statements, the transaction search, annotations and reconciliation. */
public interface LedgerQueries {

  /** One wallet's ledger entry as its owner sees it (amount signed, this wallet's view). */
  record StatementLine(
      long entryId,
      TransactionId transactionId,
      TransactionType type,
      Money amount,
      long balanceAfter,
      String description,
      String category,
      String counterparty,
      Instant createdAt) {}

  /** A transaction plus the viewing party's own annotation and receipt (an upload id). */
  record TransactionView(
      LedgerTransaction transaction,
      String category,
      String note,
      List<String> tags,
      String receiptUploadId) {}

  record StatementFilter(Instant from, Instant to, TransactionType type, String category) {}

  record SearchFilter(
      WalletId wallet,
      TransactionType type,
      String category,
      Instant from,
      Instant to,
      Long minAmount,
      Long maxAmount,
      String text) {}

  record CurrencyTotals(
      String currency, long walletBalanceTotal, long systemBalanceTotal, long ledgerTotal) {}

  /** One broken invariant: what, where, the stored value and the value the ledger implies. */
  record Mismatch(String kind, String currency, String id, long stored, long expected) {}

  record Reconciliation(List<CurrencyTotals> currencies, List<Mismatch> mismatches) {}

  /** Rows after {@code after} (newest first), at most {@code limit}. */
  List<StatementLine> statement(
      WalletId wallet, String ownerId, StatementFilter filter, Cursors.Position after, int limit);

  List<TransactionView> search(
      String ownerId, SearchFilter filter, Cursors.Position after, int limit);

  Optional<TransactionView> visible(String ownerId, TransactionId id);

  /** Updates the party's annotation (null leaves a field as it is); false when not a party. */
  boolean annotate(String ownerId, TransactionId id, Commands.Annotate annotation);

  /** Moves the owner's side of every transaction from one category to another; the number moved. */
  int moveCategory(String ownerId, String from, String to);

  Reconciliation reconcile(List<String> currencies);
}

package com.cloudvista.payfast.ledger.infrastructure;

import com.cloudvista.payfast.ledger.application.Commands;
import com.cloudvista.payfast.ledger.application.LedgerQueries;
import com.cloudvista.payfast.ledger.domain.LedgerTransaction;
import com.cloudvista.payfast.ledger.domain.Money;
import com.cloudvista.payfast.ledger.domain.TransactionId;
import com.cloudvista.payfast.ledger.domain.TransactionType;
import com.cloudvista.payfast.ledger.domain.WalletId;
import com.cloudvista.payfast.platform.db.FilteredQuery;
import com.cloudvista.payfast.platform.db.Sql;
import com.cloudvista.payfast.platform.paging.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Keyset pages: each listing is ordered by an index ((account_id, created_at, id) for statements,
 * (owner_id, created_at, transaction_id) for the search) and continues with a row comparison {@code
 * (created_at, id) < (?, ?)}, so page 1000 costs what page 1 costs. Filters narrow the rows read
 * along that index.
 */
@ApplicationScoped
public class JdbcLedgerQueries implements LedgerQueries {

  @Inject Sql sql;
  @Inject JdbcTransactions transactions;

  @Override
  public List<StatementLine> statement(
      WalletId wallet, String ownerId, StatementFilter filter, Cursors.Position after, int limit) {
    FilteredQuery query =
        new FilteredQuery(
            "SELECT e.id, e.transaction_id, e.amount, e.currency, e.balance_after, e.created_at, t.type,"
                + " t.description, t.merchant, t.source_wallet_id, t.destination_wallet_id, p.category"
                + " FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id"
                + " LEFT JOIN transaction_party p ON p.transaction_id = e.transaction_id AND p.owner_id = ?"
                + " WHERE e.account_id = ?",
            ownerId,
            wallet.value());
    if (after != null) {
      query.and("(e.created_at, e.id) < (?, ?)", after.createdAt(), Long.parseLong(after.id()));
    }
    query
        .andIfPresent("e.created_at >= ?", filter.from())
        .andIfPresent("e.created_at < ?", filter.to())
        .andIfPresent("t.type = ?", filter.type())
        .andIfPresent("p.category = ?", filter.category())
        .then("ORDER BY e.created_at DESC, e.id DESC LIMIT ?", limit);
    String self = wallet.value().toString();
    return sql.list(
        query.sql(),
        rs -> {
          Currency currency = Currency.getInstance(rs.getString("currency"));
          TransactionType type = TransactionType.valueOf(rs.getString("type"));
          return new StatementLine(
              rs.getLong("id"),
              new TransactionId(Sql.uuid(rs, "transaction_id")),
              type,
              Money.of(rs.getLong("amount"), currency),
              rs.getLong("balance_after"),
              rs.getString("description"),
              rs.getString("category"),
              counterparty(rs, type, self),
              Sql.instant(rs, "created_at"));
        },
        query.params());
  }

  /**
   * The other side as this wallet sees it: the other wallet, the merchant, or the external side.
   */
  private static String counterparty(ResultSet rs, TransactionType type, String self)
      throws SQLException {
    String source = rs.getString("source_wallet_id");
    String destination = rs.getString("destination_wallet_id");
    String merchant = rs.getString("merchant");
    if (merchant != null) {
      return merchant;
    }
    if (source != null && destination != null) {
      return self.equals(source) ? destination : source;
    }
    return switch (type) {
      case DEPOSIT -> "funding";
      case WITHDRAWAL -> "payout";
      default -> source == null ? (destination == null ? null : "funding") : "payout";
    };
  }

  @Override
  public List<TransactionView> search(
      String ownerId, SearchFilter filter, Cursors.Position after, int limit) {
    FilteredQuery query =
        new FilteredQuery(
            "SELECT p.transaction_id, p.category, p.note, p.tags, p.receipt_upload_id FROM transaction_party p"
                + " JOIN ledger_transaction t ON t.id = p.transaction_id WHERE p.owner_id = ?",
            ownerId);
    if (after != null) {
      query.and(
          "(p.created_at, p.transaction_id) < (?, ?)",
          after.createdAt(),
          java.util.UUID.fromString(after.id()));
    }
    if (filter.wallet() != null) {
      query.and(
          "(t.source_wallet_id = ? OR t.destination_wallet_id = ?)",
          filter.wallet().value(),
          filter.wallet().value());
    }
    query
        .andIfPresent("t.type = ?", filter.type())
        .andIfPresent("p.category = ?", filter.category())
        .andIfPresent("p.created_at >= ?", filter.from())
        .andIfPresent("p.created_at < ?", filter.to())
        .andIfPresent("t.amount >= ?", filter.minAmount())
        .andIfPresent("t.amount <= ?", filter.maxAmount());
    if (filter.text() != null) {
      String pattern =
          "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      query.and(
          "(t.description ILIKE ? ESCAPE '\\' OR t.merchant ILIKE ? ESCAPE '\\')",
          pattern,
          pattern);
    }
    query.then("ORDER BY p.created_at DESC, p.transaction_id DESC LIMIT ?", limit);
    List<Annotation> annotations =
        sql.list(query.sql(), JdbcLedgerQueries::annotation, query.params());
    List<TransactionView> views = new ArrayList<>(annotations.size());
    for (Annotation a : annotations) {
      transactions.find(a.id()).ifPresent(tx -> views.add(a.view(tx)));
    }
    return views;
  }

  @Override
  public Optional<TransactionView> visible(String ownerId, TransactionId id) {
    return sql.one(
            "SELECT transaction_id, category, note, tags, receipt_upload_id FROM transaction_party"
                + " WHERE transaction_id = ? AND owner_id = ?",
            JdbcLedgerQueries::annotation,
            id.value(),
            ownerId)
        .flatMap(a -> transactions.find(id).map(a::view));
  }

  @Override
  public boolean annotate(String ownerId, TransactionId id, Commands.Annotate annotation) {
    return sql.update(
            "UPDATE transaction_party SET category = coalesce(?, category), note = coalesce(?, note),"
                + " tags = coalesce(?, tags), receipt_upload_id = coalesce(?, receipt_upload_id)"
                + " WHERE transaction_id = ? AND owner_id = ?",
            annotation.category(),
            annotation.note(),
            annotation.tags() == null ? null : annotation.tags().toArray(String[]::new),
            annotation.receiptUploadId(),
            id.value(),
            ownerId)
        == 1;
  }

  @Override
  public int moveCategory(String ownerId, String from, String to) {
    return sql.update(
        "UPDATE transaction_party SET category = ? WHERE owner_id = ? AND category = ?",
        to,
        ownerId,
        from);
  }

  private record Annotation(
      TransactionId id, String category, String note, List<String> tags, String receiptUploadId) {
    TransactionView view(LedgerTransaction tx) {
      return new TransactionView(tx, category, note, tags, receiptUploadId);
    }
  }

  private static Annotation annotation(ResultSet rs) throws SQLException {
    Array tags = rs.getArray("tags");
    List<String> list = tags == null ? List.of() : Arrays.asList((String[]) tags.getArray());
    return new Annotation(
        new TransactionId(Sql.uuid(rs, "transaction_id")),
        rs.getString("category"),
        rs.getString("note"),
        list,
        rs.getString("receipt_upload_id"));
  }

  @Override
  public Reconciliation reconcile(List<String> configuredCurrencies) {
    Map<String, long[]> totals = new LinkedHashMap<>();
    TreeSet<String> currencies = new TreeSet<>(configuredCurrencies);
    currencies.addAll(sql.list("SELECT DISTINCT currency FROM account", rs -> rs.getString(1)));
    for (String currency : currencies) {
      totals.put(currency, new long[3]);
    }
    sql.list(
        "SELECT currency, coalesce(sum(balance), 0) FROM account WHERE kind = 'WALLET' GROUP BY currency",
        rs -> totals.get(rs.getString(1))[0] = rs.getLong(2));
    sql.list(
        "SELECT e.currency, sum(e.amount) FROM ledger_entry e JOIN account a ON a.id = e.account_id"
            + " WHERE a.kind <> 'WALLET' GROUP BY e.currency",
        rs -> totals.get(rs.getString(1))[1] = rs.getLong(2));
    sql.list(
        "SELECT currency, sum(amount) FROM ledger_entry GROUP BY currency",
        rs -> totals.get(rs.getString(1))[2] = rs.getLong(2));
    List<CurrencyTotals> result = new ArrayList<>();
    List<Mismatch> mismatches = new ArrayList<>();
    totals.forEach(
        (currency, t) -> {
          result.add(new CurrencyTotals(currency, t[0], t[1], t[2]));
          if (t[2] != 0) {
            mismatches.add(new Mismatch("ledger_not_balanced", currency, null, t[2], 0));
          }
          if (t[0] + t[1] != t[2]) {
            mismatches.add(new Mismatch("currency_totals", currency, null, t[0] + t[1], t[2]));
          }
        });
    mismatches.addAll(
        sql.list(
            "SELECT a.id, a.currency, a.balance, coalesce(s.total, 0) AS total FROM account a"
                + " LEFT JOIN (SELECT account_id, sum(amount) AS total FROM ledger_entry GROUP BY account_id) s"
                + " ON s.account_id = a.id WHERE a.kind = 'WALLET' AND a.balance <> coalesce(s.total, 0)",
            rs ->
                new Mismatch(
                    "wallet_balance",
                    rs.getString("currency"),
                    rs.getString("id"),
                    rs.getLong("balance"),
                    rs.getLong("total"))));
    mismatches.addAll(
        sql.list(
            "SELECT a.id, a.currency, a.held, coalesce(h.total, 0) AS total FROM account a"
                + " LEFT JOIN (SELECT wallet_id, sum(amount) AS total FROM hold WHERE status = 'OPEN' GROUP BY wallet_id) h"
                + " ON h.wallet_id = a.id WHERE a.kind = 'WALLET' AND a.held <> coalesce(h.total, 0)",
            rs ->
                new Mismatch(
                    "wallet_held",
                    rs.getString("currency"),
                    rs.getString("id"),
                    rs.getLong("held"),
                    rs.getLong("total"))));
    mismatches.addAll(
        sql.list(
            "SELECT transaction_id, min(currency) AS currency, sum(amount) AS total FROM ledger_entry"
                + " GROUP BY transaction_id HAVING sum(amount) <> 0",
            rs ->
                new Mismatch(
                    "transaction_not_balanced",
                    rs.getString("currency"),
                    rs.getString("transaction_id"),
                    rs.getLong("total"),
                    0)));
    mismatches.addAll(
        sql.list(
            "SELECT t.id, t.currency, t.amount FROM ledger_transaction t WHERE t.status = 'COMPLETED'"
                + " AND NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.transaction_id = t.id)",
            rs ->
                new Mismatch(
                    "transaction_without_entries",
                    rs.getString("currency"),
                    rs.getString("id"),
                    0,
                    rs.getLong("amount"))));
    return new Reconciliation(result, mismatches);
  }
}

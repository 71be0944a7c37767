package com.cloudvista.payfast.ledger.infrastructure;

import static com.cloudvista.payfast.platform.db.NativeQueries.column;
import static com.cloudvista.payfast.platform.db.NativeQueries.firstRow;
import static com.cloudvista.payfast.platform.db.NativeQueries.instant;
import static com.cloudvista.payfast.platform.db.NativeQueries.jsonStrings;
import static com.cloudvista.payfast.platform.db.NativeQueries.number;
import static com.cloudvista.payfast.platform.db.NativeQueries.query;
import static com.cloudvista.payfast.platform.db.NativeQueries.rows;
import static com.cloudvista.payfast.platform.db.NativeQueries.textArray;
import static com.cloudvista.payfast.platform.db.NativeQueries.uuid;

import com.cloudvista.payfast.ledger.application.Commands;
import com.cloudvista.payfast.ledger.application.LedgerQueries;
import com.cloudvista.payfast.ledger.domain.LedgerTransaction;
import com.cloudvista.payfast.ledger.domain.Money;
import com.cloudvista.payfast.ledger.domain.TransactionId;
import com.cloudvista.payfast.ledger.domain.TransactionType;
import com.cloudvista.payfast.ledger.domain.WalletId;
import com.cloudvista.payfast.platform.db.FilteredQuery;
import com.cloudvista.payfast.platform.paging.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keyset pages: each listing is ordered by an index ((account_id, created_at, id) for statements,
 * (owner_id, created_at, transaction_id) for the search) and continues with a row comparison {@code
 * (created_at, id) < (?, ?)}, so page 1000 costs what page 1 costs. Filters narrow the rows read
 * along that index. Native queries through the persistence unit's EntityManager
 * (docs/persistence.md, "Ledger on JPA"): keyset pages, row comparisons and the reconciliation's
 * aggregates are exact SQL.
 */
@ApplicationScoped
public class JpaLedgerQueries implements LedgerQueries {

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Inject JpaTransactions transactions;

  @Override
  public List<StatementLine> statement(
      WalletId wallet, String ownerId, StatementFilter filter, Cursors.Position after, int limit) {
    FilteredQuery query =
        new FilteredQuery(
            "SELECT e.id, e.transaction_id, e.amount, e.currency, e.balance_after, e.created_at, t.type,"
                + " t.description, t.merchant, t.source_wallet_id, t.destination_wallet_id, p.category"
                + " FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id"
                // LATERAL ... LIMIT 1 (the primary key allows one row anyway): always one index
                // lookup per line. As a plain LEFT JOIN, PostgreSQL's generic plan for the
                // prepared statement (used after five executions) may read all the owner's party
                // rows instead, which made a deep page of a 10 000-line wallet 100 times slower.
                + " LEFT JOIN LATERAL (SELECT p.category FROM transaction_party p"
                + " WHERE p.transaction_id = e.transaction_id AND p.owner_id = ? LIMIT 1) p ON true"
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
    List<StatementLine> lines = new ArrayList<>();
    for (Object[] r : rows(query.create(em))) {
      Currency currency = Currency.getInstance((String) r[3]);
      TransactionType type = TransactionType.valueOf((String) r[6]);
      lines.add(
          new StatementLine(
              number(r[0]),
              new TransactionId(uuid(r[1])),
              type,
              Money.of(number(r[2]), currency),
              r[4] == null ? 0 : number(r[4]),
              (String) r[7],
              (String) r[11],
              counterparty(type, self, uuid(r[9]), uuid(r[10]), (String) r[8]),
              instant(r[5])));
    }
    return lines;
  }

  /**
   * The other side as this wallet sees it: the other wallet, the merchant, or the external side.
   */
  private static String counterparty(
      TransactionType type, String self, UUID sourceId, UUID destinationId, String merchant) {
    String source = sourceId == null ? null : sourceId.toString();
    String destination = destinationId == null ? null : destinationId.toString();
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
            "SELECT p.transaction_id, p.category, p.note, to_json(p.tags)::text, p.receipt_upload_id"
                + " FROM transaction_party p"
                + " JOIN ledger_transaction t ON t.id = p.transaction_id WHERE p.owner_id = ?",
            ownerId);
    if (after != null) {
      query.and(
          "(p.created_at, p.transaction_id) < (?, ?)",
          after.createdAt(),
          UUID.fromString(after.id()));
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
        rows(query.create(em)).stream().map(JpaLedgerQueries::annotation).toList();
    List<TransactionView> views = new ArrayList<>(annotations.size());
    for (Annotation a : annotations) {
      transactions.find(a.id()).ifPresent(tx -> views.add(a.view(tx)));
    }
    return views;
  }

  @Override
  public Optional<TransactionView> visible(String ownerId, TransactionId id) {
    return firstRow(
            query(
                em,
                "SELECT transaction_id, category, note, to_json(tags)::text, receipt_upload_id"
                    + " FROM transaction_party WHERE transaction_id = ?1 AND owner_id = ?2",
                id.value(),
                ownerId))
        .map(JpaLedgerQueries::annotation)
        .flatMap(a -> transactions.find(id).map(a::view));
  }

  @Override
  public boolean annotate(String ownerId, TransactionId id, Commands.Annotate annotation) {
    return query(
                em,
                "UPDATE transaction_party SET category = coalesce(CAST(?1 AS text), category),"
                    + " note = coalesce(CAST(?2 AS text), note),"
                    + " tags = coalesce(CAST(?3 AS text[]), tags),"
                    + " receipt_upload_id = coalesce(CAST(?4 AS text), receipt_upload_id)"
                    + " WHERE transaction_id = ?5 AND owner_id = ?6",
                annotation.category(),
                annotation.note(),
                annotation.tags() == null ? null : textArray(annotation.tags()),
                annotation.receiptUploadId(),
                id.value(),
                ownerId)
            .executeUpdate()
        == 1;
  }

  @Override
  public int moveCategory(String ownerId, String from, String to) {
    return query(
            em,
            "UPDATE transaction_party SET category = ?1 WHERE owner_id = ?2 AND category = ?3",
            to,
            ownerId,
            from)
        .executeUpdate();
  }

  private record Annotation(
      TransactionId id, String category, String note, List<String> tags, String receiptUploadId) {
    TransactionView view(LedgerTransaction tx) {
      return new TransactionView(tx, category, note, tags, receiptUploadId);
    }
  }

  /** A row of transaction_id, category, note, tags (as JSON), receipt_upload_id. */
  private static Annotation annotation(Object[] r) {
    return new Annotation(
        new TransactionId(uuid(r[0])),
        (String) r[1],
        (String) r[2],
        jsonStrings(r[3]),
        (String) r[4]);
  }

  @Override
  public Reconciliation reconcile(List<String> configuredCurrencies) {
    Map<String, long[]> totals = new LinkedHashMap<>();
    TreeSet<String> currencies = new TreeSet<>(configuredCurrencies);
    currencies.addAll(column(query(em, "SELECT DISTINCT currency FROM account")));
    for (String currency : currencies) {
      totals.put(currency, new long[3]);
    }
    sum(
        totals,
        0,
        "SELECT currency, coalesce(sum(balance), 0) FROM account WHERE kind = 'WALLET' GROUP BY currency");
    sum(
        totals,
        1,
        "SELECT e.currency, sum(e.amount) FROM ledger_entry e JOIN account a ON a.id = e.account_id"
            + " WHERE a.kind <> 'WALLET' GROUP BY e.currency");
    sum(totals, 2, "SELECT currency, sum(amount) FROM ledger_entry GROUP BY currency");
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
        mismatches(
            "wallet_balance",
            "SELECT a.currency, a.id, a.balance, coalesce(s.total, 0) AS total FROM account a"
                + " LEFT JOIN (SELECT account_id, sum(amount) AS total FROM ledger_entry GROUP BY account_id) s"
                + " ON s.account_id = a.id WHERE a.kind = 'WALLET' AND a.balance <> coalesce(s.total, 0)"));
    mismatches.addAll(
        mismatches(
            "wallet_held",
            "SELECT a.currency, a.id, a.held, coalesce(h.total, 0) AS total FROM account a"
                + " LEFT JOIN (SELECT wallet_id, sum(amount) AS total FROM hold WHERE status = 'OPEN' GROUP BY wallet_id) h"
                + " ON h.wallet_id = a.id WHERE a.kind = 'WALLET' AND a.held <> coalesce(h.total, 0)"));
    mismatches.addAll(
        mismatches(
            "transaction_not_balanced",
            "SELECT min(currency) AS currency, transaction_id, sum(amount) AS total, 0 FROM ledger_entry"
                + " GROUP BY transaction_id HAVING sum(amount) <> 0"));
    mismatches.addAll(
        mismatches(
            "transaction_without_entries",
            "SELECT t.currency, t.id, 0, t.amount FROM ledger_transaction t WHERE t.status = 'COMPLETED'"
                + " AND NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.transaction_id = t.id)"));
    return new Reconciliation(result, mismatches);
  }

  /** Adds column 2 of each (currency, total) row to {@code totals.get(currency)[index]}. */
  private void sum(Map<String, long[]> totals, int index, String sql) {
    for (Object[] r : rows(query(em, sql))) {
      totals.get((String) r[0])[index] = number(r[1]);
    }
  }

  /** One mismatch per (currency, id, actual, expected) row. */
  private List<Mismatch> mismatches(String kind, String sql) {
    return rows(query(em, sql)).stream()
        .map(
            r ->
                new Mismatch(kind, (String) r[0], String.valueOf(r[1]), number(r[2]), number(r[3])))
        .toList();
  }
}

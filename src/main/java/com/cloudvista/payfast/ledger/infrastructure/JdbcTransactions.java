package com.cloudvista.payfast.ledger.infrastructure;

import com.cloudvista.payfast.ledger.domain.AlreadyReversedException;
import com.cloudvista.payfast.ledger.domain.InsufficientFundsException;
import com.cloudvista.payfast.ledger.domain.LedgerTransaction;
import com.cloudvista.payfast.ledger.domain.Money;
import com.cloudvista.payfast.ledger.domain.Posting;
import com.cloudvista.payfast.ledger.domain.SystemAccount;
import com.cloudvista.payfast.ledger.domain.TransactionId;
import com.cloudvista.payfast.ledger.domain.TransactionStatus;
import com.cloudvista.payfast.ledger.domain.TransactionType;
import com.cloudvista.payfast.ledger.domain.Transactions;
import com.cloudvista.payfast.ledger.domain.WalletId;
import com.cloudvista.payfast.platform.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * ledger_transaction, its ledger_entry rows (posted through the balance trigger) and
 * transaction_party rows.
 */
@ApplicationScoped
public class JdbcTransactions implements Transactions {

  static final String COLUMNS =
      "t.id, t.type, t.status, t.amount, t.currency, t.source_wallet_id, t.destination_wallet_id, t.merchant,"
          + " t.description, t.category, t.reference, t.reversal_of, t.created_by, t.created_at,"
          + " (SELECT r.id FROM ledger_transaction r WHERE r.reversal_of = t.id) AS reversed_by";

  @Inject Sql sql;
  @Inject SystemAccounts systemAccounts;

  @Override
  public LedgerTransaction add(LedgerTransaction tx, Collection<String> parties, String initiator) {
    Instant createdAt;
    try {
      createdAt =
          sql.one(
                  "INSERT INTO ledger_transaction (id, type, status, amount, currency, source_wallet_id,"
                      + " destination_wallet_id, merchant, description, category, reference, reversal_of, created_by)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING created_at",
                  rs -> Sql.instant(rs, "created_at"),
                  tx.id().value(),
                  tx.type(),
                  tx.status(),
                  tx.amount().amount(),
                  tx.amount().currencyCode(),
                  tx.source() == null ? null : tx.source().value(),
                  tx.destination() == null ? null : tx.destination().value(),
                  tx.merchant(),
                  tx.description(),
                  tx.category(),
                  tx.reference(),
                  tx.reversalOf() == null ? null : tx.reversalOf().value(),
                  tx.createdBy())
              .orElseThrow();
    } catch (Sql.SqlFailure e) {
      if ("23505".equals(e.sqlState()) && tx.reversalOf() != null) {
        throw new AlreadyReversedException(
            "Transaction " + tx.reversalOf() + " was already reversed.");
      }
      throw e;
    }
    post(tx.id(), tx.postings());
    List<Object> rows = new ArrayList<>();
    for (String party : parties) {
      rows.addAll(
          Arrays.asList(
              tx.id().value(), party, createdAt, party.equals(initiator) ? tx.category() : null));
    }
    if (!parties.isEmpty()) {
      sql.update(
          "INSERT INTO transaction_party (transaction_id, owner_id, created_at, category) VALUES "
              + values(parties.size(), 4)
              + " ON CONFLICT DO NOTHING",
          rows.toArray());
    }
    // What was written is what a read would give: a new transaction has no reversal yet.
    return new LedgerTransaction(
        tx.id(),
        tx.type(),
        tx.status(),
        tx.amount(),
        tx.source(),
        tx.destination(),
        tx.merchant(),
        tx.description(),
        tx.category(),
        tx.reference(),
        tx.reversalOf(),
        null,
        tx.createdBy(),
        createdAt,
        tx.postings());
  }

  /** "(?, ?), (?, ?)" for a multi-row VALUES list: one round trip for all rows. */
  private static String values(int rows, int columns) {
    String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    return String.join(", ", Collections.nCopies(rows, row));
  }

  @Override
  public Optional<LedgerTransaction> find(TransactionId id) {
    Optional<Row> row =
        sql.one(
            "SELECT " + COLUMNS + " FROM ledger_transaction t WHERE t.id = ?",
            Row::map,
            id.value());
    return row.map(r -> r.toTransaction(postings(id, r.currency())));
  }

  @Override
  public Optional<LedgerTransaction> lock(TransactionId id) {
    boolean exists =
        sql.one(
                "SELECT id FROM ledger_transaction WHERE id = ? FOR NO KEY UPDATE",
                rs -> true,
                id.value())
            .isPresent();
    return exists ? find(id) : Optional.empty();
  }

  @Override
  public LedgerTransaction update(LedgerTransaction tx, List<Posting> newPostings) {
    sql.update(
        "UPDATE ledger_transaction SET status = ?, amount = ?, updated_at = clock_timestamp() WHERE id = ?",
        tx.status(),
        tx.amount().amount(),
        tx.id().value());
    post(tx.id(), newPostings);
    return find(tx.id()).orElseThrow();
  }

  @Override
  public List<String> parties(TransactionId id) {
    return sql.list(
        "SELECT owner_id FROM transaction_party WHERE transaction_id = ? ORDER BY owner_id",
        rs -> rs.getString(1),
        id.value());
  }

  private void post(TransactionId id, List<Posting> postings) {
    if (postings.isEmpty()) {
      return;
    }
    List<Object> rows = new ArrayList<>();
    for (Posting posting : postings) {
      UUID account =
          posting.account() instanceof Posting.AccountRef.Wallet w
              ? w.id().value()
              : systemAccounts.ensure(
                  ((Posting.AccountRef.System) posting.account()).kind(),
                  posting.amount().currency());
      rows.addAll(
          List.of(id.value(), account, posting.amount().amount(), posting.amount().currencyCode()));
    }
    try {
      sql.update(
          "INSERT INTO ledger_entry (transaction_id, account_id, amount, currency) VALUES "
              + values(postings.size(), 4),
          rows.toArray());
    } catch (Sql.SqlFailure e) {
      // The CHECKs on account are the last line of defence; the domain refuses overdrafts first.
      if ("23514".equals(e.sqlState())) {
        throw new InsufficientFundsException(
            "The wallet's balance does not cover this transaction.");
      }
      throw e;
    }
  }

  private List<Posting> postings(TransactionId id, Currency currency) {
    return sql.list(
        "SELECT e.account_id, e.amount, a.kind FROM ledger_entry e JOIN account a ON a.id = e.account_id"
            + " WHERE e.transaction_id = ? ORDER BY e.id",
        rs -> {
          Money amount = Money.of(rs.getLong("amount"), currency);
          String kind = rs.getString("kind");
          return "WALLET".equals(kind)
              ? Posting.wallet(new WalletId(Sql.uuid(rs, "account_id")), amount)
              : Posting.system(SystemAccount.valueOf(kind), amount);
        },
        id.value());
  }

  /** A transaction row before its postings are attached. */
  record Row(
      UUID id,
      TransactionType type,
      TransactionStatus status,
      long amount,
      Currency currency,
      UUID source,
      UUID destination,
      String merchant,
      String description,
      String category,
      String reference,
      UUID reversalOf,
      UUID reversedBy,
      String createdBy,
      Instant createdAt) {

    static Row map(ResultSet rs) throws SQLException {
      return new Row(
          Sql.uuid(rs, "id"),
          TransactionType.valueOf(rs.getString("type")),
          TransactionStatus.valueOf(rs.getString("status")),
          rs.getLong("amount"),
          Currency.getInstance(rs.getString("currency")),
          Sql.uuid(rs, "source_wallet_id"),
          Sql.uuid(rs, "destination_wallet_id"),
          rs.getString("merchant"),
          rs.getString("description"),
          rs.getString("category"),
          rs.getString("reference"),
          Sql.uuid(rs, "reversal_of"),
          Sql.uuid(rs, "reversed_by"),
          rs.getString("created_by"),
          Sql.instant(rs, "created_at"));
    }

    LedgerTransaction toTransaction(List<Posting> postings) {
      return new LedgerTransaction(
          new TransactionId(id),
          type,
          status,
          Money.of(amount, currency),
          source == null ? null : new WalletId(source),
          destination == null ? null : new WalletId(destination),
          merchant,
          description,
          category,
          reference,
          reversalOf == null ? null : new TransactionId(reversalOf),
          reversedBy == null ? null : new TransactionId(reversedBy),
          createdBy,
          createdAt,
          postings);
    }
  }
}

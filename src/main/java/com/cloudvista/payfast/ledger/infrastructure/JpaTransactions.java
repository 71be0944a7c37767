package com.cloudvista.payfast.ledger.infrastructure;

import static com.cloudvista.payfast.platform.db.NativeQueries.column;
import static com.cloudvista.payfast.platform.db.NativeQueries.first;
import static com.cloudvista.payfast.platform.db.NativeQueries.firstRow;
import static com.cloudvista.payfast.platform.db.NativeQueries.instant;
import static com.cloudvista.payfast.platform.db.NativeQueries.number;
import static com.cloudvista.payfast.platform.db.NativeQueries.query;
import static com.cloudvista.payfast.platform.db.NativeQueries.rows;
import static com.cloudvista.payfast.platform.db.NativeQueries.uuid;
import static com.cloudvista.payfast.platform.db.NativeQueries.values;

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
import com.cloudvista.payfast.platform.db.PersistenceFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * ledger_transaction, its ledger_entry rows (posted through the balance trigger) and
 * transaction_party rows, with native statements through the persistence unit's EntityManager
 * (docs/persistence.md, "Ledger on JPA"): a new transaction is one statement, the INSERT ...
 * RETURNING of the transaction with its entries and parties as multi-row INSERTs in data-modifying
 * CTEs.
 */
@ApplicationScoped
public class JpaTransactions implements Transactions {

  static final String COLUMNS =
      "t.id, t.type, t.status, t.amount, t.currency, t.source_wallet_id, t.destination_wallet_id, t.merchant,"
          + " t.description, t.category, t.reference, t.reversal_of, t.created_by, t.created_at,"
          + " (SELECT r.id FROM ledger_transaction r WHERE r.reversal_of = t.id) AS reversed_by";

  /** SQLSTATE check_violation: the CHECKs on account (balance and available balance ≥ 0). */
  private static final String CHECK_VIOLATION = "23514";

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Inject SystemAccounts systemAccounts;

  @Override
  public LedgerTransaction add(LedgerTransaction tx, Collection<String> parties, String initiator) {
    // One statement and round trip: the transaction row, then in the same statement its entries
    // (each through the balance trigger, on wallet rows the caller has locked) and its parties,
    // which take created_at from the transaction row's RETURNING. Data-modifying CTEs see one
    // snapshot; the foreign keys are checked at the end of the statement, the balance at commit.
    List<Object> params =
        new ArrayList<>(
            Arrays.asList(
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
                tx.createdBy()));
    StringBuilder sql =
        new StringBuilder(
            "WITH t AS (INSERT INTO ledger_transaction (id, type, status, amount, currency,"
                + " source_wallet_id, destination_wallet_id, merchant, description, category,"
                + " reference, reversal_of, created_by) VALUES (?1, ?2, ?3, ?4, ?5,"
                + " CAST(?6 AS uuid), CAST(?7 AS uuid), CAST(?8 AS text), CAST(?9 AS text),"
                + " CAST(?10 AS text), CAST(?11 AS text), CAST(?12 AS uuid), ?13) RETURNING"
                + " id, created_at)");
    if (!tx.postings().isEmpty()) {
      sql.append(
              ", e AS (INSERT INTO ledger_entry (transaction_id, account_id, amount, currency) VALUES ")
          .append(values(params.size() + 1, tx.postings().size(), null, null, null, null))
          .append(')');
      params.addAll(entryRows(tx.id(), tx.postings()));
    }
    if (!parties.isEmpty()) {
      sql.append(
              ", p AS (INSERT INTO transaction_party (transaction_id, owner_id, created_at, category)"
                  + " SELECT t.id, v.owner_id, t.created_at, v.category FROM t, (VALUES ")
          .append(values(params.size() + 1, parties.size(), "text", "text"))
          .append(") AS v (owner_id, category) ON CONFLICT DO NOTHING)");
      for (String party : parties) {
        params.add(party);
        params.add(party.equals(initiator) ? tx.category() : null);
      }
    }
    sql.append(" SELECT created_at FROM t");
    Instant createdAt;
    try {
      createdAt = instant(first(query(em, sql.toString(), params.toArray())).orElseThrow());
    } catch (PersistenceException e) {
      String state = PersistenceFailures.sqlState(e);
      if (PersistenceFailures.UNIQUE_VIOLATION.equals(state) && tx.reversalOf() != null) {
        throw new AlreadyReversedException(
            "Transaction " + tx.reversalOf() + " was already reversed.");
      }
      throw entryFailure(e);
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

  @Override
  public Optional<LedgerTransaction> find(TransactionId id) {
    return firstRow(
            query(
                em, "SELECT " + COLUMNS + " FROM ledger_transaction t WHERE t.id = ?1", id.value()))
        .map(JpaTransactions::row)
        .map(r -> r.toTransaction(postings(id, r.currency())));
  }

  @Override
  public Optional<LedgerTransaction> lock(TransactionId id) {
    boolean exists =
        first(
                query(
                    em,
                    "SELECT id FROM ledger_transaction WHERE id = ?1 FOR NO KEY UPDATE",
                    id.value()))
            .isPresent();
    return exists ? find(id) : Optional.empty();
  }

  @Override
  public LedgerTransaction update(LedgerTransaction tx, List<Posting> newPostings) {
    query(
            em,
            "UPDATE ledger_transaction SET status = ?1, amount = ?2, updated_at = clock_timestamp()"
                + " WHERE id = ?3",
            tx.status(),
            tx.amount().amount(),
            tx.id().value())
        .executeUpdate();
    post(tx.id(), newPostings);
    return find(tx.id()).orElseThrow();
  }

  @Override
  public List<String> parties(TransactionId id) {
    return column(
        query(
            em,
            "SELECT owner_id FROM transaction_party WHERE transaction_id = ?1 ORDER BY owner_id",
            id.value()));
  }

  private void post(TransactionId id, List<Posting> postings) {
    if (postings.isEmpty()) {
      return;
    }
    try {
      query(
              em,
              "INSERT INTO ledger_entry (transaction_id, account_id, amount, currency) VALUES "
                  + values(postings.size(), null, null, null, null),
              entryRows(id, postings).toArray())
          .executeUpdate();
    } catch (PersistenceException e) {
      throw entryFailure(e);
    }
  }

  /** The parameters of ledger_entry rows: transaction, account, amount, currency per posting. */
  private List<Object> entryRows(TransactionId id, List<Posting> postings) {
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
    return rows;
  }

  /**
   * A failed write of entries: a CHECK on account (balance and available balance ≥ 0) is the last
   * line of defence, as the domain refuses overdrafts first. (The CHECKs of ledger_transaction
   * itself, in the same statement for a new transaction, hold for every transaction the domain
   * builds: a positive amount, two different wallets.)
   */
  private static RuntimeException entryFailure(PersistenceException e) {
    return CHECK_VIOLATION.equals(PersistenceFailures.sqlState(e))
        ? new InsufficientFundsException("The wallet's balance does not cover this transaction.")
        : e;
  }

  private List<Posting> postings(TransactionId id, Currency currency) {
    return rows(
            query(
                em,
                "SELECT e.account_id, e.amount, a.kind FROM ledger_entry e JOIN account a ON a.id = e.account_id"
                    + " WHERE e.transaction_id = ?1 ORDER BY e.id",
                id.value()))
        .stream()
        .map(
            r -> {
              Money amount = Money.of(number(r[1]), currency);
              String kind = (String) r[2];
              return "WALLET".equals(kind)
                  ? Posting.wallet(new WalletId(uuid(r[0])), amount)
                  : Posting.system(SystemAccount.valueOf(kind), amount);
            })
        .toList();
  }

  /** A row of {@link #COLUMNS}. */
  static Row row(Object[] r) {
    return new Row(
        uuid(r[0]),
        TransactionType.valueOf((String) r[1]),
        TransactionStatus.valueOf((String) r[2]),
        number(r[3]),
        Currency.getInstance((String) r[4]),
        uuid(r[5]),
        uuid(r[6]),
        (String) r[7],
        (String) r[8],
        (String) r[9],
        (String) r[10],
        uuid(r[11]),
        uuid(r[14]),
        (String) r[12],
        instant(r[13]));
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

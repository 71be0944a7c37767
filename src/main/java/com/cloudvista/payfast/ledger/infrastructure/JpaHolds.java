package com.cloudvista.payfast.ledger.infrastructure;

import static com.cloudvista.payfast.platform.db.NativeQueries.date;
import static com.cloudvista.payfast.platform.db.NativeQueries.first;
import static com.cloudvista.payfast.platform.db.NativeQueries.firstRow;
import static com.cloudvista.payfast.platform.db.NativeQueries.instant;
import static com.cloudvista.payfast.platform.db.NativeQueries.number;
import static com.cloudvista.payfast.platform.db.NativeQueries.optionalNumber;
import static com.cloudvista.payfast.platform.db.NativeQueries.query;
import static com.cloudvista.payfast.platform.db.NativeQueries.uuid;

import com.cloudvista.payfast.ledger.domain.Hold;
import com.cloudvista.payfast.ledger.domain.Holds;
import com.cloudvista.payfast.ledger.domain.Money;
import com.cloudvista.payfast.ledger.domain.TransactionId;
import com.cloudvista.payfast.ledger.domain.WalletId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * The hold table, with native statements through the persistence unit's EntityManager: its locks
 * ({@code FOR NO KEY UPDATE OF h}, the expiry sweep's {@code SKIP LOCKED}) are the point.
 */
@ApplicationScoped
public class JpaHolds implements Holds {

  private static final String SELECT =
      "SELECT h.transaction_id, h.wallet_id, h.amount, h.captured_amount, h.status, h.day, h.expires_at, t.currency"
          + " FROM hold h JOIN ledger_transaction t ON t.id = h.transaction_id";

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Override
  public void add(Hold hold) {
    query(
            em,
            "INSERT INTO hold (transaction_id, wallet_id, amount, status, day, expires_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            hold.transactionId().value(),
            hold.walletId().value(),
            hold.amount().amount(),
            hold.status(),
            hold.day(),
            hold.expiresAt())
        .executeUpdate();
  }

  @Override
  public Optional<Hold> lock(TransactionId transaction) {
    return firstRow(
            query(
                em,
                SELECT + " WHERE h.transaction_id = ?1 FOR NO KEY UPDATE OF h",
                transaction.value()))
        .map(JpaHolds::map);
  }

  @Override
  public void store(Hold hold) {
    query(
            em,
            "UPDATE hold SET status = ?1, captured_amount = CAST(?2 AS bigint),"
                + " updated_at = clock_timestamp() WHERE transaction_id = ?3",
            hold.status(),
            hold.captured() == null ? null : hold.captured().amount(),
            hold.transactionId().value())
        .executeUpdate();
  }

  @Override
  public Optional<Hold> lockNextExpired(Instant now) {
    // The transaction row first (as capture and void do), skipping those another sweeper or a
    // capture is working on; then the hold itself.
    Optional<Object> next =
        first(
            query(
                em,
                "SELECT t.id FROM hold h JOIN ledger_transaction t ON t.id = h.transaction_id"
                    + " WHERE h.status = 'OPEN' AND h.expires_at <= ?1 ORDER BY h.expires_at LIMIT 1"
                    + " FOR NO KEY UPDATE OF t SKIP LOCKED",
                now));
    return next.flatMap(id -> lock(new TransactionId(uuid(id))))
        .filter(h -> h.status() == Hold.Status.OPEN);
  }

  /** A row of {@link #SELECT}. */
  static Hold map(Object[] r) {
    Currency currency = Currency.getInstance((String) r[7]);
    Long captured = optionalNumber(r[3]);
    return new Hold(
        new TransactionId(uuid(r[0])),
        new WalletId(uuid(r[1])),
        Money.of(number(r[2]), currency),
        captured == null ? null : Money.of(captured, currency),
        Hold.Status.valueOf((String) r[4]),
        date(r[5]),
        instant(r[6]));
  }
}

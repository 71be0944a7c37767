package com.cloudvista.payfast.ledger.infrastructure;

import com.cloudvista.payfast.ledger.domain.Hold;
import com.cloudvista.payfast.ledger.domain.Holds;
import com.cloudvista.payfast.ledger.domain.Money;
import com.cloudvista.payfast.ledger.domain.TransactionId;
import com.cloudvista.payfast.ledger.domain.WalletId;
import com.cloudvista.payfast.platform.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JdbcHolds implements Holds {

  private static final String SELECT =
      "SELECT h.transaction_id, h.wallet_id, h.amount, h.captured_amount, h.status, h.day, h.expires_at, t.currency"
          + " FROM hold h JOIN ledger_transaction t ON t.id = h.transaction_id";

  @Inject Sql sql;

  @Override
  public void add(Hold hold) {
    sql.update(
        "INSERT INTO hold (transaction_id, wallet_id, amount, status, day, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
        hold.transactionId().value(),
        hold.walletId().value(),
        hold.amount().amount(),
        hold.status(),
        hold.day(),
        hold.expiresAt());
  }

  @Override
  public Optional<Hold> lock(TransactionId transaction) {
    return sql.one(
        SELECT + " WHERE h.transaction_id = ? FOR NO KEY UPDATE OF h",
        JdbcHolds::map,
        transaction.value());
  }

  @Override
  public void store(Hold hold) {
    sql.update(
        "UPDATE hold SET status = ?, captured_amount = ?, updated_at = clock_timestamp() WHERE transaction_id = ?",
        hold.status(),
        hold.captured() == null ? null : hold.captured().amount(),
        hold.transactionId().value());
  }

  @Override
  public Optional<Hold> lockNextExpired(Instant now) {
    // The transaction row first (as capture and void do), skipping those another sweeper or a
    // capture is working on; then the hold itself.
    Optional<UUID> next =
        sql.one(
            "SELECT t.id FROM hold h JOIN ledger_transaction t ON t.id = h.transaction_id"
                + " WHERE h.status = 'OPEN' AND h.expires_at <= ? ORDER BY h.expires_at LIMIT 1"
                + " FOR NO KEY UPDATE OF t SKIP LOCKED",
            rs -> Sql.uuid(rs, "id"),
            now);
    return next.flatMap(id -> lock(new TransactionId(id)))
        .filter(h -> h.status() == Hold.Status.OPEN);
  }

  static Hold map(ResultSet rs) throws SQLException {
    Currency currency = Currency.getInstance(rs.getString("currency"));
    Long captured = Sql.optionalLong(rs, "captured_amount");
    return new Hold(
        new TransactionId(Sql.uuid(rs, "transaction_id")),
        new WalletId(Sql.uuid(rs, "wallet_id")),
        Money.of(rs.getLong("amount"), currency),
        captured == null ? null : Money.of(captured, currency),
        Hold.Status.valueOf(rs.getString("status")),
        rs.getObject("day", LocalDate.class),
        Sql.instant(rs, "expires_at"));
  }
}

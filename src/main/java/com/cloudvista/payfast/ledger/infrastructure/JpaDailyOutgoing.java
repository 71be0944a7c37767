package com.cloudvista.payfast.ledger.infrastructure;

import static com.cloudvista.payfast.platform.db.NativeQueries.first;
import static com.cloudvista.payfast.platform.db.NativeQueries.number;
import static com.cloudvista.payfast.platform.db.NativeQueries.query;

import com.cloudvista.payfast.ledger.domain.DailyOutgoing;
import com.cloudvista.payfast.ledger.domain.WalletId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * wallet_daily_outgoing: one upsert per debit ({@code ON CONFLICT ... DO UPDATE ... RETURNING}),
 * native through the persistence unit's EntityManager, under the wallet's row lock.
 */
@ApplicationScoped
public class JpaDailyOutgoing implements DailyOutgoing {

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Override
  public long add(WalletId wallet, LocalDate day, long amount) {
    return number(
        first(
                query(
                    em,
                    "INSERT INTO wallet_daily_outgoing (wallet_id, day, total) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (wallet_id, day) DO UPDATE"
                        + " SET total = wallet_daily_outgoing.total + EXCLUDED.total RETURNING total",
                    wallet.value(),
                    day,
                    amount))
            .orElseThrow());
  }

  @Override
  public void subtract(WalletId wallet, LocalDate day, long amount) {
    query(
            em,
            "UPDATE wallet_daily_outgoing SET total = greatest(total - ?1, 0)"
                + " WHERE wallet_id = ?2 AND day = ?3",
            amount,
            wallet.value(),
            day)
        .executeUpdate();
  }
}

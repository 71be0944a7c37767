package com.cloudvista.payfast.ledger.infrastructure;

import com.cloudvista.payfast.ledger.domain.DailyOutgoing;
import com.cloudvista.payfast.ledger.domain.WalletId;
import com.cloudvista.payfast.platform.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

@ApplicationScoped
public class JdbcDailyOutgoing implements DailyOutgoing {

  @Inject Sql sql;

  @Override
  public long add(WalletId wallet, LocalDate day, long amount) {
    return sql.one(
            "INSERT INTO wallet_daily_outgoing (wallet_id, day, total) VALUES (?, ?, ?)"
                + " ON CONFLICT (wallet_id, day) DO UPDATE SET total = wallet_daily_outgoing.total + EXCLUDED.total"
                + " RETURNING total",
            rs -> rs.getLong(1),
            wallet.value(),
            day,
            amount)
        .orElseThrow();
  }

  @Override
  public void subtract(WalletId wallet, LocalDate day, long amount) {
    sql.update(
        "UPDATE wallet_daily_outgoing SET total = greatest(total - ?, 0) WHERE wallet_id = ? AND day = ?",
        amount,
        wallet.value(),
        day);
  }
}

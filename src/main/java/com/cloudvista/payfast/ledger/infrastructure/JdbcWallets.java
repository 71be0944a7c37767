package com.cloudvista.payfast.ledger.infrastructure;

import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.ledger.domain.WalletId;
import com.cloudvista.payfast.ledger.domain.WalletStatus;
import com.cloudvista.payfast.ledger.domain.Wallets;
import com.cloudvista.payfast.platform.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Wallets are the account rows of kind WALLET. */
@ApplicationScoped
public class JdbcWallets implements Wallets {

  static final String COLUMNS =
      "id, owner_id, name, currency, status, balance, held, version, created_at, updated_at";

  @Inject Sql sql;

  @Override
  public Optional<Wallet> find(WalletId id) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM account WHERE id = ? AND kind = 'WALLET'",
        JdbcWallets::map,
        id.value());
  }

  @Override
  public List<Wallet> lock(Collection<WalletId> ids) {
    // ORDER BY id with FOR NO KEY UPDATE: PostgreSQL locks the rows in that order, so every
    // transaction takes its wallet locks in the same global order and none can deadlock another.
    // NO KEY UPDATE (not UPDATE) leaves the FK checks of concurrent inserts (KEY SHARE) unblocked.
    UUID[] uuids = ids.stream().map(WalletId::value).distinct().toArray(UUID[]::new);
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM account WHERE id = ANY (?) AND kind = 'WALLET' ORDER BY id FOR NO KEY UPDATE",
        JdbcWallets::map,
        (Object) uuids);
  }

  @Override
  public void add(Wallet wallet) {
    sql.update(
        "INSERT INTO account (id, kind, owner_id, name, currency, status) VALUES (?, 'WALLET', ?, ?, ?, ?)",
        wallet.id().value(),
        wallet.ownerId(),
        wallet.name(),
        wallet.currency().getCurrencyCode(),
        wallet.status());
  }

  @Override
  public void store(Wallet wallet) {
    sql.update(
        "UPDATE account SET name = ?, status = ?, held = ?, version = version + 1, updated_at = clock_timestamp()"
            + " WHERE id = ? AND kind = 'WALLET'",
        wallet.name(),
        wallet.status(),
        wallet.held().amount(),
        wallet.id().value());
  }

  @Override
  public List<Wallet> ownedBy(String ownerId) {
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM account WHERE owner_id = ? AND kind = 'WALLET' ORDER BY created_at, id",
        JdbcWallets::map,
        ownerId);
  }

  @Override
  public Optional<WalletId> oldestActive(String ownerId, Currency currency) {
    return sql.one(
        "SELECT id FROM account WHERE owner_id = ? AND kind = 'WALLET' AND currency = ? AND status = 'ACTIVE'"
            + " ORDER BY created_at, id LIMIT 1",
        rs -> new WalletId(Sql.uuid(rs, "id")),
        ownerId,
        currency.getCurrencyCode());
  }

  static Wallet map(ResultSet rs) throws SQLException {
    return new Wallet(
        new WalletId(Sql.uuid(rs, "id")),
        rs.getString("owner_id"),
        rs.getString("name"),
        Currency.getInstance(rs.getString("currency")),
        WalletStatus.valueOf(rs.getString("status")),
        rs.getLong("balance"),
        rs.getLong("held"),
        rs.getLong("version"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"));
  }
}

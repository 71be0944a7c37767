package com.cloudvista.payfast.ledger.infrastructure;

import static com.cloudvista.payfast.platform.db.NativeQueries.first;
import static com.cloudvista.payfast.platform.db.NativeQueries.firstRow;
import static com.cloudvista.payfast.platform.db.NativeQueries.instant;
import static com.cloudvista.payfast.platform.db.NativeQueries.number;
import static com.cloudvista.payfast.platform.db.NativeQueries.query;
import static com.cloudvista.payfast.platform.db.NativeQueries.rows;
import static com.cloudvista.payfast.platform.db.NativeQueries.uuid;

import com.cloudvista.payfast.ledger.domain.Wallet;
import com.cloudvista.payfast.ledger.domain.WalletId;
import com.cloudvista.payfast.ledger.domain.WalletStatus;
import com.cloudvista.payfast.ledger.domain.Wallets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Wallets are the account rows of kind WALLET, read and written with native statements through the
 * persistence unit's EntityManager (docs/persistence.md, "Ledger on JPA"): the balance is written
 * only by the entry trigger, so a managed entity would be stale the moment an entry is posted in
 * the same transaction; the rows are mapped to {@link Wallet} values instead.
 */
@ApplicationScoped
public class JpaWallets implements Wallets {

  static final String COLUMNS =
      "id, owner_id, name, currency, status, balance, held, version, created_at, updated_at";

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Override
  public Optional<Wallet> find(WalletId id) {
    return firstRow(
            query(
                em,
                "SELECT " + COLUMNS + " FROM account WHERE id = ?1 AND kind = 'WALLET'",
                id.value()))
        .map(JpaWallets::map);
  }

  @Override
  public List<Wallet> lock(Collection<WalletId> ids) {
    // ORDER BY id with FOR NO KEY UPDATE: PostgreSQL locks the rows in that order, so every
    // transaction takes its wallet locks in the same global order and none can deadlock another.
    // NO KEY UPDATE (not UPDATE) leaves the FK checks of concurrent inserts (KEY SHARE) unblocked.
    // The ids travel as one uuid[] literal, so the statement is the same for any number of them.
    String uuids =
        ids.stream()
            .map(WalletId::value)
            .distinct()
            .map(UUID::toString)
            .collect(Collectors.joining(",", "{", "}"));
    return rows(
            query(
                em,
                "SELECT "
                    + COLUMNS
                    + " FROM account WHERE id = ANY (CAST(?1 AS uuid[])) AND kind = 'WALLET'"
                    + " ORDER BY id FOR NO KEY UPDATE",
                uuids))
        .stream()
        .map(JpaWallets::map)
        .toList();
  }

  @Override
  public void add(Wallet wallet) {
    query(
            em,
            "INSERT INTO account (id, kind, owner_id, name, currency, status)"
                + " VALUES (?1, 'WALLET', ?2, CAST(?3 AS text), ?4, ?5)",
            wallet.id().value(),
            wallet.ownerId(),
            wallet.name(),
            wallet.currency().getCurrencyCode(),
            wallet.status())
        .executeUpdate();
  }

  @Override
  public void store(Wallet wallet) {
    query(
            em,
            "UPDATE account SET name = CAST(?1 AS text), status = ?2, held = ?3, version = version + 1,"
                + " updated_at = clock_timestamp() WHERE id = ?4 AND kind = 'WALLET'",
            wallet.name(),
            wallet.status(),
            wallet.held().amount(),
            wallet.id().value())
        .executeUpdate();
  }

  @Override
  public List<Wallet> ownedBy(String ownerId) {
    return rows(
            query(
                em,
                "SELECT "
                    + COLUMNS
                    + " FROM account WHERE owner_id = ?1 AND kind = 'WALLET' ORDER BY created_at, id",
                ownerId))
        .stream()
        .map(JpaWallets::map)
        .toList();
  }

  @Override
  public Optional<WalletId> oldestActive(String ownerId, Currency currency) {
    return first(
            query(
                em,
                "SELECT id FROM account WHERE owner_id = ?1 AND kind = 'WALLET' AND currency = ?2"
                    + " AND status = 'ACTIVE' ORDER BY created_at, id LIMIT 1",
                ownerId,
                currency.getCurrencyCode()))
        .map(id -> new WalletId(uuid(id)));
  }

  /** A row of {@link #COLUMNS}. */
  static Wallet map(Object[] r) {
    return new Wallet(
        new WalletId(uuid(r[0])),
        (String) r[1],
        (String) r[2],
        Currency.getInstance((String) r[3]),
        WalletStatus.valueOf((String) r[4]),
        number(r[5]),
        number(r[6]),
        number(r[7]),
        instant(r[8]),
        instant(r[9]));
  }
}

package com.cloudvista.payfast.ledger.infrastructure;

import static com.cloudvista.payfast.platform.db.NativeQueries.query;

import com.cloudvista.payfast.ledger.domain.SystemAccount;
import com.cloudvista.payfast.platform.db.TransactionRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The system accounts' ids are derived from (kind, currency), so every instance agrees on them
 * without a lookup; each row is created on first use (INSERT ... ON CONFLICT DO NOTHING, native
 * through the persistence unit's EntityManager).
 */
@ApplicationScoped
public class SystemAccounts {

  static final String INSERT =
      "INSERT INTO account (id, kind, currency, name) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING";

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Inject TransactionRunner transactions;

  private final Set<UUID> known = ConcurrentHashMap.newKeySet();

  public static UUID id(SystemAccount kind, Currency currency) {
    return UUID.nameUUIDFromBytes(
        ("payfast-system:" + kind + ":" + currency.getCurrencyCode())
            .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The account's id, creating its row if this instance has not seen it yet — in a transaction of
   * its own, so that the row exists (committed) before anyone remembers it. The id is remembered
   * only after that transaction has committed: remembering it inside the transaction let a
   * concurrent first deposit skip the insert and post against a row it could not see yet (the entry
   * trigger found no account and the deposit failed).
   */
  public UUID ensure(SystemAccount kind, Currency currency) {
    UUID id = id(kind, currency);
    if (!known.contains(id)) {
      transactions.inNewTransaction(() -> insert(id, kind, currency));
      known.add(id);
    }
    return id;
  }

  /** Runs {@link #INSERT} in the current transaction; the seam of SystemAccountsTest. */
  int insert(UUID id, SystemAccount kind, Currency currency) {
    return query(
            em,
            INSERT,
            id,
            kind,
            currency.getCurrencyCode(),
            kind + " " + currency.getCurrencyCode())
        .executeUpdate();
  }
}

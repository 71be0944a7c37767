package com.cloudvista.payfast.ledger.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudvista.payfast.ledger.domain.SystemAccount;
import com.cloudvista.payfast.platform.db.TransactionRunner;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A system account's id is remembered only once the transaction that created its row has committed:
 * a concurrent first deposit that skipped the insert would otherwise post against a row it cannot
 * see yet (the bench seeding met exactly that on its first deposit).
 */
class SystemAccountsTest {

  private static final Currency USD = Currency.getInstance("USD");

  /** Runs the work "in a transaction"; the commit can be made to fail. */
  static final class Transactions extends TransactionRunner {
    boolean inTransaction;
    boolean failCommit;
    int began;

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
      began++;
      inTransaction = true;
      try {
        T result = work.get();
        if (failCommit) {
          throw new IllegalStateException("commit failed");
        }
        return result;
      } finally {
        inTransaction = false;
      }
    }
  }

  /** Records each insert and whether it ran inside the transaction. */
  static final class RecordingSql {
    final Transactions transactions;
    final List<String> statements = new ArrayList<>();
    final List<Boolean> inTransaction = new ArrayList<>();

    RecordingSql(Transactions transactions) {
      this.transactions = transactions;
    }
  }

  private static SystemAccounts accounts(Transactions transactions, RecordingSql sql) {
    SystemAccounts accounts =
        new SystemAccounts() {
          @Override
          int insert(UUID id, SystemAccount kind, Currency currency) {
            sql.statements.add(SystemAccounts.INSERT);
            sql.inTransaction.add(sql.transactions.inTransaction);
            return 1;
          }
        };
    accounts.transactions = transactions;
    return accounts;
  }

  @Test
  void createsTheRowInATransactionOfItsOwnOnceThenRemembersIt() {
    Transactions transactions = new Transactions();
    RecordingSql sql = new RecordingSql(transactions);
    SystemAccounts accounts = accounts(transactions, sql);

    UUID first = accounts.ensure(SystemAccount.FUNDING, USD);
    UUID second = accounts.ensure(SystemAccount.FUNDING, USD);

    assertThat(first).isEqualTo(second).isEqualTo(SystemAccounts.id(SystemAccount.FUNDING, USD));
    assertThat(sql.statements).hasSize(1);
    assertThat(sql.statements.get(0)).contains("ON CONFLICT DO NOTHING");
    assertThat(sql.inTransaction).containsExactly(true);
    assertThat(transactions.began).isEqualTo(1);
  }

  @Test
  void aFailedCommitIsNotRemembered() {
    Transactions transactions = new Transactions();
    RecordingSql sql = new RecordingSql(transactions);
    SystemAccounts accounts = accounts(transactions, sql);

    transactions.failCommit = true;
    assertThatThrownBy(() -> accounts.ensure(SystemAccount.FUNDING, USD))
        .hasMessage("commit failed");

    transactions.failCommit = false;
    accounts.ensure(SystemAccount.FUNDING, USD);
    assertThat(sql.statements).as("the insert runs again after the failed commit").hasSize(2);
  }

  @Test
  void eachKindAndCurrencyHasItsOwnRow() {
    Transactions transactions = new Transactions();
    RecordingSql sql = new RecordingSql(transactions);
    SystemAccounts accounts = accounts(transactions, sql);

    UUID funding = accounts.ensure(SystemAccount.FUNDING, USD);
    UUID payouts = accounts.ensure(SystemAccount.PAYOUTS, USD);
    UUID euro = accounts.ensure(SystemAccount.FUNDING, Currency.getInstance("EUR"));

    assertThat(List.of(funding, payouts, euro)).doesNotHaveDuplicates();
    assertThat(sql.statements).hasSize(3);
  }
}

package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.audit.domain.TransactionLogRecord;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.util.function.Function;

/**
 * The outbox's transactions outside the server: the production statements ({@link OutboxQueries})
 * on a resource-local EntityManager of the persistence unit {@code payfast}, one per transaction.
 * Each transaction takes its JDBC connection at once (as a JTA transaction in the server does), so
 * the {@code FOR UPDATE} of its first statement holds until it ends.
 */
final class ResourceLocalOutbox implements OutboxTransactions {

  private final EntityManagerFactory factory;

  ResourceLocalOutbox(EntityManagerFactory factory) {
    this.factory = factory;
  }

  @Override
  public <T> T inNewTransaction(Function<OutboxQueries, T> work) {
    try (Open transaction = open()) {
      T result = work.apply(transaction.queries());
      transaction.commit();
      return result;
    }
  }

  /** A committed "ledger" transaction that logged {@code record}. */
  void append(TransactionLogRecord record) {
    inNewTransaction(
        outbox -> {
          outbox.append(record);
          return null;
        });
  }

  /** A transaction left open for the test to commit or roll back (rolled back when closed). */
  Open open() {
    return new Open(factory.createEntityManager());
  }

  static final class Open implements AutoCloseable {
    private final EntityManager em;

    Open(EntityManager em) {
      this.em = em;
      em.getTransaction().begin();
      em.unwrap(Connection.class); // EclipseLink: begin the JDBC transaction now
    }

    OutboxQueries queries() {
      return new OutboxQueries(em);
    }

    void commit() {
      em.getTransaction().commit();
    }

    @Override
    public void close() {
      try {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
      } finally {
        em.close();
      }
    }
  }
}

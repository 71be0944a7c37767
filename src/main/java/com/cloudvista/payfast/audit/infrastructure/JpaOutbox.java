package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.audit.domain.ShippingStatistics;
import com.cloudvista.payfast.audit.domain.TransactionLog;
import com.cloudvista.payfast.audit.domain.TransactionLogRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/**
 * The outbox on the persistence unit {@code payfast}: the {@link TransactionLog} the ledger
 * injects, the shipper's transactions and the shipping statistics. Failures leave as
 * JPA/EclipseLink exceptions with the driver's {@code SQLException} in the cause chain, for {@code
 * platform.db.PersistenceFailures} (the problem mappers answer 503 on connection loss).
 */
@ApplicationScoped
public class JpaOutbox implements TransactionLog, OutboxTransactions {

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  /**
   * {@code MANDATORY}: calling it without an active JTA transaction fails, because a record written
   * outside the ledger's transaction could outlive a rolled-back transfer or be lost with a
   * committed one. The entity manager joins that transaction (and its connection), so the row
   * commits and rolls back with the ledger entries.
   */
  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(TransactionLogRecord record) {
    new OutboxQueries(em).append(record);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inNewTransaction(Function<OutboxQueries, T> work) {
    return work.apply(new OutboxQueries(em));
  }

  /** Read live from the outbox, across all instances. */
  @Transactional
  public ShippingStatistics statistics() {
    return new OutboxQueries(em).statistics();
  }
}

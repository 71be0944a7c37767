package com.cloudvista.payfast.audit.infrastructure;

import com.cloudvista.payfast.audit.domain.TransactionLog;
import com.cloudvista.payfast.audit.domain.TransactionLogRecord;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;

/**
 * The {@link TransactionLog} the ledger injects. {@code MANDATORY}: calling it without an active
 * JTA transaction fails, because a record written outside the ledger's transaction could outlive a
 * rolled-back transfer or be lost with a committed one. The connection it takes from {@code
 * jdbc/payfast} is enlisted in that transaction (Liberty shares the one physical connection of the
 * transaction with JPA), so the row commits and rolls back with the ledger entries.
 */
@ApplicationScoped
public class ContainerTransactionLog implements TransactionLog {

  @Resource(lookup = "jdbc/payfast")
  DataSource dataSource;

  private OutboxWriter writer;

  @PostConstruct
  void init() {
    writer = new OutboxWriter(dataSource);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(TransactionLogRecord record) {
    writer.append(record);
  }
}

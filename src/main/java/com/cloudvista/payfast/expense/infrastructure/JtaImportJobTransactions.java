package com.cloudvista.payfast.expense.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/** The import jobs' JTA transactions, on the persistence unit's container-managed EntityManager. */
@ApplicationScoped
public class JtaImportJobTransactions implements ImportJobTransactions {

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Override
  @Transactional
  public <T> T joining(Function<EntityManager, T> work) {
    return work.apply(em);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inNewTransaction(Function<EntityManager, T> work) {
    return work.apply(em);
  }
}

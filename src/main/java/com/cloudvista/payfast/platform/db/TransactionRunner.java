package com.cloudvista.payfast.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs work in a new JTA transaction of its own (committed on return, rolled back on any
 * exception).
 */
@ApplicationScoped
public class TransactionRunner {

  @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
  public <T> T inNewTransaction(Supplier<T> work) {
    return work.get();
  }
}

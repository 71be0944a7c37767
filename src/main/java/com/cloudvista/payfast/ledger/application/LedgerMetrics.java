package com.cloudvista.payfast.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts committed ledger transactions by type and status ({@code
 * payfast_ledger_transactions_total}).
 */
@ApplicationScoped
public class LedgerMetrics {

  @Inject MetricRegistry registry;

  void committed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) LedgerTransactionCommitted transaction) {
    registry
        .counter(
            "payfast.ledger.transactions",
            new Tag("type", transaction.type()),
            new Tag("status", transaction.status()))
        .inc();
  }
}

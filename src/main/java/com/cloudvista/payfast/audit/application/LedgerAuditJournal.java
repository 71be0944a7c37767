package com.cloudvista.payfast.audit.application;

import com.cloudvista.payfast.audit.domain.TransactionLog;
import com.cloudvista.payfast.audit.domain.TransactionLogRecord;
import com.cloudvista.payfast.ledger.application.LedgerJournal;
import com.cloudvista.payfast.ledger.application.LedgerTransactionCommitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Puts every ledger transaction, and every later change of its status (hold captured, voided or
 * expired), into the transaction log's outbox inside the ledger's own database transaction.
 */
@ApplicationScoped
public class LedgerAuditJournal implements LedgerJournal {

  @Inject TransactionLog transactionLog;

  @Override
  public void record(LedgerTransactionCommitted transaction) {
    transactionLog.append(
        new TransactionLogRecord(
            transaction.transactionId(),
            transaction.type(),
            transaction.amount(),
            transaction.currency(),
            transaction.entries().stream()
                .map(
                    e ->
                        e.walletId() != null
                            ? TransactionLogRecord.Entry.wallet(e.walletId(), e.amount())
                            : TransactionLogRecord.Entry.account(
                                e.account().toLowerCase(java.util.Locale.ROOT), e.amount()))
                .toList(),
            transaction.actor(),
            transaction.requestId(),
            transaction.createdAt(),
            transaction.status()));
  }
}

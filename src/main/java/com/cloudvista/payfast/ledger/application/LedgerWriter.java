package com.cloudvista.payfast.ledger.application;

import com.cloudvista.payfast.ledger.domain.LedgerTransaction;
import com.cloudvista.payfast.ledger.domain.Posting;
import com.cloudvista.payfast.ledger.domain.Transactions;
import com.cloudvista.payfast.platform.context.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes transactions and tells the rest of the system, inside the caller's transaction: the
 * journals run before commit, the CDI event's observers in it (cache invalidations, sent after the
 * commit) and its AFTER_SUCCESS observers after it.
 */
@ApplicationScoped
class LedgerWriter {

  @Inject Transactions transactions;
  @Inject Instance<LedgerJournal> journals;
  @Inject Event<LedgerTransactionCommitted> committed;

  LedgerTransaction add(LedgerTransaction transaction, Collection<String> parties, String actor) {
    LedgerTransaction saved = transactions.add(transaction, new LinkedHashSet<>(parties), actor);
    publish(saved, saved.postings(), parties, actor);
    return saved;
  }

  LedgerTransaction update(LedgerTransaction transaction, List<Posting> newPostings, String actor) {
    LedgerTransaction saved = transactions.update(transaction, newPostings);
    publish(saved, newPostings, transactions.parties(saved.id()), actor);
    return saved;
  }

  private void publish(
      LedgerTransaction tx, List<Posting> postings, Collection<String> parties, String actor) {
    Set<String> walletIds = new LinkedHashSet<>();
    if (tx.source() != null) {
      walletIds.add(tx.source().toString());
    }
    if (tx.destination() != null) {
      walletIds.add(tx.destination().toString());
    }
    List<LedgerTransactionCommitted.Entry> entries =
        postings.stream()
            .map(
                p ->
                    p.account() instanceof Posting.AccountRef.Wallet w
                        ? new LedgerTransactionCommitted.Entry(
                            w.id().toString(), null, p.amount().amount())
                        : new LedgerTransactionCommitted.Entry(
                            null,
                            ((Posting.AccountRef.System) p.account()).kind().name(),
                            p.amount().amount()))
            .toList();
    LedgerTransactionCommitted event =
        new LedgerTransactionCommitted(
            tx.id().toString(),
            tx.type().name(),
            tx.status().name(),
            tx.amount().amount(),
            tx.amount().currencyCode(),
            Set.copyOf(walletIds),
            Set.copyOf(parties),
            entries,
            actor,
            RequestContext.requestId().orElse(null),
            tx.createdAt());
    for (LedgerJournal journal : journals) {
      journal.record(event);
    }
    committed.fire(event);
  }
}

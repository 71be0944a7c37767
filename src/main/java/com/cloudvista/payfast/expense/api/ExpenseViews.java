package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.BudgetService;
import com.cloudvista.payfast.expense.application.ExpenseDataChanged;
import com.cloudvista.payfast.expense.application.ReportService;
import com.cloudvista.payfast.expense.domain.Month;
import com.cloudvista.payfast.ledger.application.LedgerTransactionCommitted;
import com.cloudvista.payfast.ledger.application.TransactionAnnotated;
import com.cloudvista.payfast.platform.cache.ReadCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The expense reads through the Redis read cache: month reports, trends and budgets, cached per
 * owner (one entry per query) and made stale once anything that changes an owner's spending has
 * committed: a ledger transaction they are a party to, an annotation of their side, or a change of
 * their expenses, categories, budgets or rules. A read right after a write shows it, on every
 * instance.
 */
@ApplicationScoped
public class ExpenseViews {

  static final String SPENDING = "spending";
  static final String TRENDS = "trends";
  static final String BUDGETS = "budgets";

  @Inject ReadCache cache;
  @Inject ReportService reports;
  @Inject BudgetService budgets;

  SpendingReportResponse spending(String owner, Month month, String currency) {
    return cache.get(
        SPENDING,
        owner,
        month + "|" + currency,
        SpendingReportResponse.class,
        () -> SpendingReportResponse.of(reports.month(owner, month, currency)));
  }

  /**
   * Trends name no month, so the current one is part of the key: entries turn over with the month.
   */
  TrendsResponse trends(String owner, int months, String currency) {
    return cache.get(
        TRENDS,
        owner,
        Month.current() + "|" + months + "|" + currency,
        TrendsResponse.class,
        () -> TrendsResponse.of(reports.trend(owner, months, currency)));
  }

  BudgetResponse.ListResponse budgets(String owner, Month month, String currency) {
    return cache.get(
        BUDGETS,
        owner,
        month + "|" + currency,
        BudgetResponse.ListResponse.class,
        () ->
            new BudgetResponse.ListResponse(
                budgets.month(owner, month, currency).stream().map(BudgetResponse::of).toList()));
  }

  void onLedgerCommit(@Observes LedgerTransactionCommitted transaction) {
    cache.invalidateAfterCommit(
        transaction.ownerIds().stream().flatMap(o -> views(o).stream()).toList());
  }

  void onAnnotation(@Observes TransactionAnnotated annotation) {
    invalidate(annotation.ownerId());
  }

  void onExpenseChange(@Observes ExpenseDataChanged change) {
    invalidate(change.ownerId());
  }

  private void invalidate(String owner) {
    cache.invalidateAfterCommit(views(owner));
  }

  /** The owner's cached spending report, trends and budgets. */
  private static List<ReadCache.Entry> views(String owner) {
    return List.of(
        new ReadCache.Entry(SPENDING, owner),
        new ReadCache.Entry(TRENDS, owner),
        new ReadCache.Entry(BUDGETS, owner));
  }
}

package com.cloudvista.payfast.expense.application;

import com.cloudvista.payfast.expense.domain.Budget;
import com.cloudvista.payfast.expense.domain.BudgetMonth;
import com.cloudvista.payfast.expense.domain.Budgets;
import com.cloudvista.payfast.expense.domain.Month;
import com.cloudvista.payfast.expense.domain.Rollover;
import com.cloudvista.payfast.expense.domain.Spending;
import com.cloudvista.payfast.ledger.domain.LedgerPolicy;
import com.cloudvista.payfast.ledger.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monthly budgets per category and currency. Figures of a month are computed from the budget's
 * start with one spending query per currency, so the carry chain is exact however long ago the
 * budget began.
 */
@ApplicationScoped
@Transactional
public class BudgetService {

  /** A budget in one month, as the API shows it. */
  public record BudgetView(
      String category, String currency, Rollover rollover, BudgetMonth figures) {}

  @Inject Budgets budgets;
  @Inject Spending spending;
  @Inject CategoryService categories;
  @Inject LedgerPolicy policy;
  @Inject Event<ExpenseDataChanged> changed;

  /**
   * Creates the budget from {@code from} (default this month), or changes its limit from then on.
   */
  public BudgetView put(
      String owner, String category, String currency, long limit, Rollover rollover, Month from) {
    String name = categories.requireKnown(owner, category, "category");
    String code = policy.currency(currency, "currency").getCurrencyCode();
    Month month = from == null ? Month.current() : from;
    Budget budget =
        budgets.lock(owner, name).stream()
            .filter(b -> b.currency().equals(code))
            .findFirst()
            .map(
                existing -> {
                  existing.change(month, limit, rollover);
                  return existing;
                })
            .orElseGet(() -> new Budget(owner, name, code, month, limit, rollover));
    budgets.store(budget);
    changed.fire(new ExpenseDataChanged(owner));
    Month shown = Month.current().compareTo(month) < 0 ? month : Month.current();
    return view(budget, shown, spentByMonth(owner, code, name, budget.start(), shown));
  }

  /** Deletes the category's budget in one currency, or (null) in every currency. */
  public void delete(String owner, String category, String currency) {
    String name = categories.requireKnown(owner, category, "category");
    List<Budget> matching =
        budgets.lock(owner, name).stream()
            .filter(b -> currency == null || b.currency().equals(currency))
            .toList();
    if (matching.isEmpty()) {
      throw new NotFoundException("Budget");
    }
    matching.forEach(budgets::remove);
    changed.fire(new ExpenseDataChanged(owner));
  }

  /** The owner's budgets that exist in {@code month}, in one currency or (null) all. */
  public List<BudgetView> month(String owner, Month month, String currency) {
    String code = currency == null ? null : policy.currency(currency, "currency").getCurrencyCode();
    Map<String, List<Budget>> byCurrency = new TreeMap<>();
    for (Budget budget : budgets.list(owner, code)) {
      if (budget.start().compareTo(month) <= 0) {
        byCurrency.computeIfAbsent(budget.currency(), c -> new ArrayList<>()).add(budget);
      }
    }
    List<BudgetView> views = new ArrayList<>();
    byCurrency.forEach(
        (cur, list) -> {
          Month first =
              list.stream().map(Budget::start).min(Comparator.naturalOrder()).orElse(month);
          Map<Month, Map<String, Long>> spent = spending.byMonth(owner, cur, first, month);
          for (Budget budget : list) {
            Map<Month, Long> own = new TreeMap<>();
            spent.forEach(
                (m, categoriesSpent) ->
                    own.put(m, categoriesSpent.getOrDefault(budget.category(), 0L)));
            views.add(view(budget, month, own));
          }
        });
    return views;
  }

  private Map<Month, Long> spentByMonth(
      String owner, String currency, String category, Month first, Month last) {
    return spending.byMonth(owner, currency, category, first, last);
  }

  private static BudgetView view(Budget budget, Month month, Map<Month, Long> spent) {
    return new BudgetView(
        budget.category(), budget.currency(), budget.rollover(month), budget.figures(month, spent));
  }
}

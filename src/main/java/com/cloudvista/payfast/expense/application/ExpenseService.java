package com.cloudvista.payfast.expense.application;

import com.cloudvista.payfast.expense.domain.Category;
import com.cloudvista.payfast.expense.domain.Expense;
import com.cloudvista.payfast.expense.domain.Expenses;
import com.cloudvista.payfast.ledger.domain.LedgerPolicy;
import com.cloudvista.payfast.ledger.domain.NotFoundException;
import com.cloudvista.payfast.platform.paging.Cursors;
import com.cloudvista.payfast.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Manual expenses of a caller. An expense without a category gets the first matching rule's, else
 * {@code other}; an explicit one must be a category of the caller's.
 */
@ApplicationScoped
@Transactional
public class ExpenseService {

  /** A new or changed expense; null parts are absent (on a change: stay as they are). */
  public record ExpenseCommand(
      Long amount,
      String currency,
      String category,
      String merchant,
      String note,
      List<String> tags,
      Instant spentAt,
      String receiptUploadId) {}

  @Inject Expenses expenses;
  @Inject CategoryService categories;
  @Inject RuleService rules;
  @Inject LedgerPolicy policy;
  @Inject Cursors cursors;
  @Inject Event<ExpenseDataChanged> changed;
  @Inject UploadService uploads;

  public Expense create(String owner, ExpenseCommand command) {
    long amount = policy.amount(command.amount(), command.currency()).amount();
    String category =
        command.category() != null
            ? categories.requireKnown(owner, command.category(), "category")
            : rules
                .categorize(owner, command.merchant(), command.note(), amount)
                .orElse(Category.OTHER);
    Expense expense =
        new Expense(
            owner,
            amount,
            command.currency(),
            category,
            command.merchant(),
            command.note(),
            command.tags(),
            command.spentAt());
    if (command.receiptUploadId() != null) {
      uploads.attach(owner, command.receiptUploadId());
      expense.attachReceipt(command.receiptUploadId());
    }
    expenses.store(expense);
    changed.fire(new ExpenseDataChanged(owner));
    return expense;
  }

  public Expense get(String owner, String id) {
    return expenses.find(owner, id).orElseThrow(() -> new NotFoundException("Expense"));
  }

  public Expense change(String owner, String id, ExpenseCommand command) {
    Expense expense = get(owner, id);
    Long amount =
        command.amount() == null
            ? null
            : policy.amount(command.amount(), expense.currency()).amount();
    String category =
        command.category() == null
            ? null
            : categories.requireKnown(owner, command.category(), "category");
    expense.change(
        amount, category, command.merchant(), command.note(), command.tags(), command.spentAt());
    String receipt = command.receiptUploadId();
    if (receipt != null && !receipt.equals(expense.receiptUploadId())) {
      uploads.attach(owner, receipt);
      if (expense.receiptUploadId() != null) {
        uploads.release(owner, expense.receiptUploadId());
      }
      expense.attachReceipt(receipt);
    }
    expenses.store(expense);
    changed.fire(new ExpenseDataChanged(owner));
    return expense;
  }

  public void delete(String owner, String id) {
    Expense expense = get(owner, id);
    expenses.remove(expense);
    if (expense.receiptUploadId() != null) {
      uploads.release(owner, expense.receiptUploadId()); // the sweep removes the file a day on
    }
    changed.fire(new ExpenseDataChanged(owner));
  }

  /** A presigned GET (15 min) of the expense's receipt, or null. */
  public String receiptUrl(Expense expense) {
    return uploads.url(expense.ownerId(), expense.receiptUploadId()).orElse(null);
  }

  public Page<Expense> list(String owner, Expenses.Filter filter, String cursor, int limit) {
    String listing = "expenses:" + owner;
    Cursors.Position after = cursor == null ? null : cursors.decode(listing, cursor);
    List<Expense> rows = expenses.list(owner, filter, after, limit + 1);
    return cursors.page(rows, limit, listing, e -> new Cursors.Position(e.spentAt(), e.id()));
  }
}

package com.cloudvista.payfast.expense.application;

import com.cloudvista.payfast.expense.domain.BuiltInCategoryException;
import com.cloudvista.payfast.expense.domain.Categories;
import com.cloudvista.payfast.expense.domain.Category;
import com.cloudvista.payfast.expense.domain.CategoryNameTakenException;
import com.cloudvista.payfast.ledger.application.TransactionQueryService;
import com.cloudvista.payfast.ledger.domain.NotFoundException;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A caller's categories: the built-ins plus their own. Renaming or deleting one moves every line,
 * budget and rule of the caller that used it (to the new name, or to {@code other}) in the same
 * transaction, on both sources of spending: manual expenses and the caller's side of transactions.
 */
@ApplicationScoped
@Transactional
public class CategoryService {

  @Inject Categories categories;
  @Inject TransactionQueryService transactions;
  @Inject Event<ExpenseDataChanged> changed;

  public List<Category> list(String owner) {
    return categories.visibleTo(owner);
  }

  public Category create(String owner, String name, String color) {
    requireFree(owner, name);
    Category category = Category.create(owner, name, color);
    categories.store(category);
    changed.fire(new ExpenseDataChanged(owner));
    return category;
  }

  public Category change(String owner, String id, String name, String color) {
    Category category =
        categories.find(owner, id).orElseThrow(() -> new NotFoundException("Category"));
    if (category.isBuiltIn()) {
      throw new BuiltInCategoryException();
    }
    String before = category.name();
    if (name != null && !name.equalsIgnoreCase(before)) {
      requireFree(owner, name);
    }
    category.change(name, color);
    categories.store(category);
    if (!before.equals(category.name())) {
      move(owner, before, category.name());
    }
    changed.fire(new ExpenseDataChanged(owner));
    return category;
  }

  /** Deletes one of the caller's categories; its lines and budgets go to {@code other}. */
  public void delete(String owner, String id) {
    Category category =
        categories.find(owner, id).orElseThrow(() -> new NotFoundException("Category"));
    if (category.isBuiltIn()) {
      throw new BuiltInCategoryException();
    }
    move(owner, category.name(), Category.OTHER);
    categories.remove(category);
    changed.fire(new ExpenseDataChanged(owner));
  }

  /** The stored name of a category the caller can use, else a 400 on {@code field}. */
  public String requireKnown(String owner, String name, String field) {
    return categories
        .named(owner, name)
        .map(Category::name)
        .orElseThrow(
            () ->
                ProblemException.invalid(
                    field, "is not a category of yours (GET /api/v1/categories)"));
  }

  private void move(String owner, String from, String to) {
    categories.moveLines(owner, from, to);
    transactions.moveCategory(owner, from, to);
  }

  private void requireFree(String owner, String name) {
    if (categories.named(owner, name).isPresent()) {
      throw new CategoryNameTakenException(name);
    }
  }
}

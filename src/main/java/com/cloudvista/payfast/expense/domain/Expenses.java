package com.cloudvista.payfast.expense.domain;

import com.cloudvista.payfast.platform.paging.Cursors;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Manual expenses, always of one owner. */
public interface Expenses {

  /** Filters of the list; null means no filter. {@code to} is exclusive. */
  record Filter(Instant from, Instant to, String category, String text) {}

  Optional<Expense> find(String owner, String id);

  void store(Expense expense);

  void remove(Expense expense);

  /** Newest first by {@code spentAt}, then id; rows after {@code after}, at most {@code limit}. */
  List<Expense> list(String owner, Filter filter, Cursors.Position after, int limit);
}

package com.cloudvista.payfast.expense.domain;

import java.util.List;
import java.util.Optional;

/** Budgets of one owner. */
public interface Budgets {

  Optional<Budget> find(String owner, String category, String currency);

  /** The owner's budgets, in one currency or (null) all. */
  List<Budget> list(String owner, String currency);

  /** Locks the owner's budget rows of a category for a change (row locks, in key order). */
  List<Budget> lock(String owner, String category);

  void store(Budget budget);

  void remove(Budget budget);
}

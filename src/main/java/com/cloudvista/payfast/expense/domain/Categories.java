package com.cloudvista.payfast.expense.domain;

import java.util.List;
import java.util.Optional;

/** The categories a caller sees: the built-ins and their own. */
public interface Categories {

  /** Built-ins first, then the caller's own by name. */
  List<Category> visibleTo(String owner);

  /** A category by id, only if visible to the caller. */
  Optional<Category> find(String owner, String id);

  /** A visible category by name, case-insensitively. */
  Optional<Category> named(String owner, String name);

  void store(Category category);

  void remove(Category category);

  /** Moves the caller's lines, budgets and rules from one category name to another. */
  void moveLines(String owner, String from, String to);
}

package com.cloudvista.payfast.expense.domain;

import java.util.List;
import java.util.Optional;

/** Categorisation rules of one owner. */
public interface Rules {

  /** In {@link Rule#ORDER}. */
  List<Rule> of(String owner);

  Optional<Rule> find(String owner, String id);

  void store(Rule rule);

  void remove(Rule rule);
}

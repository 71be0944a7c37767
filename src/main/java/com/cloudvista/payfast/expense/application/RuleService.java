package com.cloudvista.payfast.expense.application;

import com.cloudvista.payfast.expense.domain.Rule;
import com.cloudvista.payfast.expense.domain.RuleMatch;
import com.cloudvista.payfast.expense.domain.Rules;
import com.cloudvista.payfast.ledger.application.AutoCategorizer;
import com.cloudvista.payfast.ledger.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * A caller's categorisation rules, and their use: the ledger asks them for the category of an
 * outgoing payment or transfer without one, inside the transaction that records it.
 */
@ApplicationScoped
@Transactional
public class RuleService implements AutoCategorizer {

  @Inject Rules rules;
  @Inject CategoryService categories;
  @Inject Event<ExpenseDataChanged> changed;

  public List<Rule> list(String owner) {
    return rules.of(owner);
  }

  public Rule create(
      String owner, String name, RuleMatch match, String category, Integer priority) {
    Rule rule =
        new Rule(
            owner, name, match, categories.requireKnown(owner, category, "category"), priority);
    rules.store(rule);
    changed.fire(new ExpenseDataChanged(owner));
    return rule;
  }

  public Rule change(
      String owner, String id, String name, RuleMatch match, String category, Integer priority) {
    Rule rule = rules.find(owner, id).orElseThrow(() -> new NotFoundException("Rule"));
    rule.change(
        name,
        match,
        category == null ? null : categories.requireKnown(owner, category, "category"),
        priority);
    rules.store(rule);
    changed.fire(new ExpenseDataChanged(owner));
    return rule;
  }

  public void delete(String owner, String id) {
    rules.remove(rules.find(owner, id).orElseThrow(() -> new NotFoundException("Rule")));
    changed.fire(new ExpenseDataChanged(owner));
  }

  /** The owner's rules as they are now, for categorising many lines (an import) with one read. */
  public Categorizer categorizer(String owner) {
    List<Rule> current = rules.of(owner);
    return (merchant, description, amount) ->
        Rule.firstMatch(current, merchant, description, amount);
  }

  @Override
  public Optional<String> categorize(
      String owner, String merchant, String description, long amount) {
    return Rule.firstMatch(rules.of(owner), merchant, description, amount);
  }
}

package com.cloudvista.payfast.expense.domain;

import com.cloudvista.payfast.platform.problem.ProblemException;

/** The conditions of a rule; at least one is given, and {@code minAmount <= maxAmount}. */
public record RuleMatch(
    String merchantContains, String descriptionContains, Long minAmount, Long maxAmount) {

  void requireSomeCondition() {
    if (merchantContains == null
        && descriptionContains == null
        && minAmount == null
        && maxAmount == null) {
      throw ProblemException.invalid("match", "must have at least one condition");
    }
    if (minAmount != null && maxAmount != null && minAmount > maxAmount) {
      throw ProblemException.invalid("match.minAmount", "must not be greater than match.maxAmount");
    }
  }
}

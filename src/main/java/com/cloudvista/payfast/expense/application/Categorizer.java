package com.cloudvista.payfast.expense.application;

import java.util.Optional;

/** One owner's categorisation rules, loaded once: the category of the first rule that matches. */
@FunctionalInterface
public interface Categorizer {

  Optional<String> categorize(String merchant, String description, long amount);
}

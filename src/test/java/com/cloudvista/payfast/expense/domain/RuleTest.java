package com.cloudvista.payfast.expense.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudvista.payfast.platform.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTest {

  private static Rule rule(
      String merchant, String description, Long min, Long max, String category, Integer priority) {
    return new Rule(
        "u", category, new RuleMatch(merchant, description, min, max), category, priority);
  }

  @Test
  void everyGivenConditionMustMatchIgnoringCase() {
    Rule rule = rule("cafe", "latte", 100L, 500L, "dining", null);
    assertThat(rule.matches("Corner CAFE", "One Latte", 300)).isTrue();
    assertThat(rule.matches("Corner CAFE", "tea", 300)).isFalse();
    assertThat(rule.matches("Corner CAFE", "latte", 99)).isFalse();
    assertThat(rule.matches("Corner CAFE", "latte", 500)).isTrue();
    assertThat(rule.matches(null, "latte", 300)).isFalse();
  }

  @Test
  void theLowestPriorityWinsThenTheOldest() throws InterruptedException {
    Rule broad = rule("cafe", null, null, null, "dining", 50);
    Thread.sleep(2);
    Rule sameAsBroadButNewer = rule("cafe", null, null, null, "travel", 50);
    Rule narrow = rule("cafe", null, 1_000L, null, "entertainment", 10);
    List<Rule> rules = List.of(sameAsBroadButNewer, narrow, broad);
    assertThat(Rule.firstMatch(rules, "Cafe", null, 2_000)).contains("entertainment");
    assertThat(Rule.firstMatch(rules, "Cafe", null, 200)).contains("dining");
    assertThat(Rule.firstMatch(rules, "Bakery", null, 200)).isEmpty();
    assertThat(rule("cafe", null, null, null, "dining", null).priority())
        .isEqualTo(Rule.DEFAULT_PRIORITY);
  }

  @Test
  void aRuleNeedsAConditionAndOrderedBounds() {
    assertThatThrownBy(() -> rule(null, null, null, null, "dining", null))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> rule(null, null, 500L, 100L, "dining", null))
        .isInstanceOf(ProblemException.class);
  }
}

package com.cloudvista.payfast.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilteredQueryTest {

  @Test
  void absentFiltersAddNeitherTextNorParameters() {
    FilteredQuery query =
        new FilteredQuery("SELECT x FROM t WHERE owner = ?", "alice")
            .andIfPresent("a >= ?", null)
            .andIfPresent("b = ?", 7)
            .and("(c = ? OR d = ?)", "w", "w")
            .then("ORDER BY x LIMIT ?", 51);

    assertThat(query.sql())
        .isEqualTo(
            "SELECT x FROM t WHERE owner = ?1 AND b = ?2 AND (c = ?3 OR d = ?4) ORDER BY x LIMIT ?5");
    assertThat(query.params()).containsExactly("alice", 7, "w", "w", 51);
  }
}

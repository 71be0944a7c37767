package com.cloudvista.payfast.expense.domain;

import com.cloudvista.payfast.platform.paging.Cursors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The spending of one owner in one currency, as defined once in the database (view {@code
 * spending_line}): every figure here is the sum of the lines {@link #lines} lists.
 */
public interface Spending {

  /** Total and number of lines of one category. */
  record CategoryTotal(String category, long total, long count) {}

  /** Per category in {@code [from, to)}, largest first. */
  List<CategoryTotal> byCategory(String owner, String currency, Instant from, Instant to);

  /** Per UTC day in {@code [from, to)}; days without spending are absent. */
  Map<LocalDate, Long> byDay(String owner, String currency, Instant from, Instant to);

  /** Per month and category from {@code first} to {@code last} inclusive. */
  Map<Month, Map<String, Long>> byMonth(String owner, String currency, Month first, Month last);

  /** Per month of one category from {@code first} to {@code last} inclusive. */
  Map<Month, Long> byMonth(String owner, String currency, String category, Month first, Month last);

  /** The lines behind the figures, newest first (keyset on occurredAt, id); category null = all. */
  List<SpendingLine> lines(
      String owner,
      String currency,
      String category,
      Instant from,
      Instant to,
      Cursors.Position after,
      int limit);
}

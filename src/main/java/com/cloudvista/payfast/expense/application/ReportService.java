package com.cloudvista.payfast.expense.application;

import com.cloudvista.payfast.expense.domain.Month;
import com.cloudvista.payfast.expense.domain.Spending;
import com.cloudvista.payfast.expense.domain.SpendingLine;
import com.cloudvista.payfast.ledger.domain.LedgerPolicy;
import com.cloudvista.payfast.platform.paging.Cursors;
import com.cloudvista.payfast.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Spending reports of one owner in one currency (no conversion), and the lines behind them. */
@ApplicationScoped
@Transactional
public class ReportService {

  /**
   * A month's spending: total, per category (largest first) and per UTC day (every day of the
   * month).
   */
  public record MonthReport(
      Month month,
      String currency,
      long total,
      List<Spending.CategoryTotal> byCategory,
      Map<LocalDate, Long> byDay) {}

  /** One month of a trend. */
  public record TrendMonth(Month month, long total, Map<String, Long> byCategory) {}

  /** The last whole months, oldest first, with the average and median monthly total. */
  public record Trend(
      String currency, List<TrendMonth> months, long averageMonthly, long medianMonthly) {}

  @Inject Spending spending;
  @Inject LedgerPolicy policy;
  @Inject Cursors cursors;

  public MonthReport month(String owner, Month month, String currency) {
    String code = currencyCode(currency);
    List<Spending.CategoryTotal> byCategory =
        spending.byCategory(owner, code, month.start(), month.end());
    Map<LocalDate, Long> days = new java.util.TreeMap<>();
    for (int day = 1; day <= month.length(); day++) {
      days.put(month.firstDay().withDayOfMonth(day), 0L);
    }
    days.putAll(spending.byDay(owner, code, month.start(), month.end()));
    long total =
        byCategory.stream().mapToLong(Spending.CategoryTotal::total).reduce(0, Math::addExact);
    return new MonthReport(month, code, total, byCategory, days);
  }

  /**
   * The {@code months} whole months before the current one (the current month is not whole yet).
   */
  public Trend trend(String owner, int months, String currency) {
    String code = currencyCode(currency);
    Month last = Month.current().previous();
    Month first = last.minus(months - 1);
    Map<Month, Map<String, Long>> spent = spending.byMonth(owner, code, first, last);
    List<TrendMonth> series = new ArrayList<>();
    long[] totals = new long[months];
    Month m = first;
    for (int i = 0; i < months; i++, m = m.next()) {
      Map<String, Long> byCategory = spent.getOrDefault(m, Map.of());
      totals[i] = byCategory.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
      series.add(new TrendMonth(m, totals[i], byCategory));
    }
    return new Trend(code, series, average(totals), median(totals));
  }

  /**
   * The lines behind a report figure, newest first; {@code category} null for the month's total.
   */
  public Page<SpendingLine> lines(
      String owner, Month month, String currency, String category, String cursor, int limit) {
    String code = currencyCode(currency);
    String listing = "spending:" + owner + ":" + code + ":" + month + ":" + category;
    Cursors.Position after = cursor == null ? null : cursors.decode(listing, cursor);
    List<SpendingLine> rows =
        spending.lines(owner, code, category, month.start(), month.end(), after, limit + 1);
    return cursors.page(
        rows, limit, listing, line -> new Cursors.Position(line.occurredAt(), line.id()));
  }

  private String currencyCode(String currency) {
    return policy.currency(currency, "currency").getCurrencyCode();
  }

  /** Rounded half up to whole minor units. */
  static long average(long[] totals) {
    BigDecimal sum = BigDecimal.ZERO;
    for (long total : totals) {
      sum = sum.add(BigDecimal.valueOf(total));
    }
    return sum.divide(BigDecimal.valueOf(totals.length), 0, RoundingMode.HALF_UP).longValueExact();
  }

  /** The middle month, or the mean of the two middle ones (rounded half up). */
  static long median(long[] totals) {
    long[] sorted = totals.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    if (sorted.length % 2 == 1) {
      return sorted[middle];
    }
    return BigDecimal.valueOf(sorted[middle - 1])
        .add(BigDecimal.valueOf(sorted[middle]))
        .divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }
}

package com.cloudvista.payfast.expense.infrastructure;

import com.cloudvista.payfast.expense.domain.Month;
import com.cloudvista.payfast.expense.domain.Spending;
import com.cloudvista.payfast.expense.domain.SpendingLine;
import com.cloudvista.payfast.platform.paging.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregates over the {@code spending_line} view (V5 migration) with native queries through the
 * persistence unit's EntityManager: GROUP BY sums and keyset pages are exactly what SQL is for.
 * Every query is bounded by owner, currency and a time range, which the view pushes down to the
 * indexes {@code transaction_party_owner_time} and {@code expense_owner_time}.
 */
@ApplicationScoped
public class NativeSpending implements Spending {

  private static final String RANGE =
      " FROM spending_line WHERE owner_id = ?1 AND currency = ?2 AND occurred_at >= ?3 AND occurred_at < ?4";
  private static final String UTC_MONTH =
      "date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date";

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Override
  public List<CategoryTotal> byCategory(String owner, String currency, Instant from, Instant to) {
    List<Object[]> rows =
        rows(
            range(
                "SELECT category, sum(amount), count(*)"
                    + RANGE
                    + " GROUP BY category ORDER BY 2 DESC, 1",
                owner,
                currency,
                from,
                to));
    return rows.stream()
        .map(r -> new CategoryTotal((String) r[0], number(r[1]), number(r[2])))
        .toList();
  }

  @Override
  public Map<LocalDate, Long> byDay(String owner, String currency, Instant from, Instant to) {
    Map<LocalDate, Long> days = new TreeMap<>();
    for (Object[] r :
        rows(
            range(
                "SELECT (occurred_at AT TIME ZONE 'UTC')::date AS day, sum(amount)"
                    + RANGE
                    + " GROUP BY 1",
                owner,
                currency,
                from,
                to))) {
      days.put(date(r[0]), number(r[1]));
    }
    return days;
  }

  @Override
  public Map<Month, Map<String, Long>> byMonth(
      String owner, String currency, Month first, Month last) {
    Map<Month, Map<String, Long>> months = new TreeMap<>();
    for (Object[] r :
        rows(
            range(
                "SELECT "
                    + UTC_MONTH
                    + " AS month, category, sum(amount)"
                    + RANGE
                    + " GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2",
                owner,
                currency,
                first.start(),
                last.end()))) {
      LocalDate month = date(r[0]);
      months
          .computeIfAbsent(
              Month.of(month.getYear(), month.getMonthValue()), m -> new LinkedHashMap<>())
          .put((String) r[1], number(r[2]));
    }
    return months;
  }

  @Override
  public Map<Month, Long> byMonth(
      String owner, String currency, String category, Month first, Month last) {
    Map<Month, Long> months = new TreeMap<>();
    Query query =
        range(
                "SELECT "
                    + UTC_MONTH
                    + " AS month, sum(amount)"
                    + RANGE
                    + " AND category = ?5 GROUP BY 1",
                owner,
                currency,
                first.start(),
                last.end())
            .setParameter(5, category);
    for (Object[] r : rows(query)) {
      LocalDate month = date(r[0]);
      months.put(Month.of(month.getYear(), month.getMonthValue()), number(r[1]));
    }
    return months;
  }

  @Override
  public List<SpendingLine> lines(
      String owner,
      String currency,
      String category,
      Instant from,
      Instant to,
      Cursors.Position after,
      int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT kind, id, amount, currency, category, merchant, description, occurred_at"
                + RANGE);
    List<Object> more = new ArrayList<>();
    if (category != null) {
      more.add(category);
      sql.append(" AND category = ?").append(4 + more.size());
    }
    if (after != null) {
      more.add(after.createdAt().atOffset(ZoneOffset.UTC));
      int at = 4 + more.size();
      more.add(after.id());
      sql.append(" AND (occurred_at < ?")
          .append(at)
          .append(" OR (occurred_at = ?")
          .append(at)
          .append(" AND id < ?")
          .append(at + 1)
          .append("))");
    }
    more.add(limit);
    sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ?").append(4 + more.size());
    Query query = range(sql.toString(), owner, currency, from, to);
    for (int i = 0; i < more.size(); i++) {
      query.setParameter(5 + i, more.get(i));
    }
    List<SpendingLine> lines = new ArrayList<>();
    for (Object[] r : rows(query)) {
      lines.add(
          new SpendingLine(
              SpendingLine.Kind.valueOf((String) r[0]),
              (String) r[1],
              number(r[2]),
              (String) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6],
              instant(r[7])));
    }
    return lines;
  }

  private Query range(String sql, String owner, String currency, Instant from, Instant to) {
    return em.createNativeQuery(sql)
        .setParameter(1, owner)
        .setParameter(2, currency)
        .setParameter(3, from.atOffset(ZoneOffset.UTC))
        .setParameter(4, to.atOffset(ZoneOffset.UTC));
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return (Instant) value;
  }
}

package com.cloudvista.payfast.expense.infrastructure;

import com.cloudvista.payfast.expense.domain.Expense;
import com.cloudvista.payfast.expense.domain.Expenses;
import com.cloudvista.payfast.platform.paging.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Manual expenses through JPA; the list is a keyset page on (spentAt, id), newest first. */
@ApplicationScoped
public class JpaExpenses implements Expenses {

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Override
  public Optional<Expense> find(String owner, String id) {
    return Optional.ofNullable(em.find(Expense.class, id)).filter(e -> e.ownerId().equals(owner));
  }

  @Override
  public void store(Expense expense) {
    if (!em.contains(expense)) {
      em.persist(expense);
    }
    em.flush();
  }

  @Override
  public void remove(Expense expense) {
    em.remove(expense);
    em.flush();
  }

  @Override
  public List<Expense> list(String owner, Filter filter, Cursors.Position after, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT e FROM Expense e WHERE e.ownerId = :owner");
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("owner", owner);
    if (filter.from() != null) {
      jpql.append(" AND e.spentAt >= :from");
      parameters.put("from", filter.from().atOffset(ZoneOffset.UTC));
    }
    if (filter.to() != null) {
      jpql.append(" AND e.spentAt < :to");
      parameters.put("to", filter.to().atOffset(ZoneOffset.UTC));
    }
    if (filter.category() != null) {
      jpql.append(" AND e.category = :category");
      parameters.put("category", filter.category());
    }
    if (filter.text() != null) {
      jpql.append(
          " AND (LOWER(e.merchant) LIKE :text ESCAPE '\\' OR LOWER(e.note) LIKE :text ESCAPE '\\')");
      parameters.put("text", "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
    }
    if (after != null) {
      jpql.append(" AND (e.spentAt < :at OR (e.spentAt = :at AND e.id < :id))");
      parameters.put("at", after.createdAt().atOffset(ZoneOffset.UTC));
      parameters.put("id", after.id());
    }
    jpql.append(" ORDER BY e.spentAt DESC, e.id DESC");
    TypedQuery<Expense> query = em.createQuery(jpql.toString(), Expense.class).setMaxResults(limit);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

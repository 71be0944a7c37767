package com.cloudvista.payfast.expense.infrastructure;

import com.cloudvista.payfast.expense.domain.Budget;
import com.cloudvista.payfast.expense.domain.Budgets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Budgets and their periods through JPA. */
@ApplicationScoped
public class JpaBudgets implements Budgets {

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Override
  public Optional<Budget> find(String owner, String category, String currency) {
    return Optional.ofNullable(em.find(Budget.class, new Budget.Key(owner, category, currency)));
  }

  @Override
  public List<Budget> list(String owner, String currency) {
    String jpql =
        "SELECT b FROM Budget b WHERE b.ownerId = :owner"
            + (currency == null ? "" : " AND b.currency = :currency")
            + " ORDER BY b.category, b.currency";
    var query = em.createQuery(jpql, Budget.class).setParameter("owner", owner);
    if (currency != null) {
      query.setParameter("currency", currency);
    }
    return query.getResultList();
  }

  @Override
  public List<Budget> lock(String owner, String category) {
    return em.createQuery(
            "SELECT b FROM Budget b WHERE b.ownerId = :owner AND b.category = :category ORDER BY b.currency",
            Budget.class)
        .setParameter("owner", owner)
        .setParameter("category", category)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public void store(Budget budget) {
    if (!em.contains(budget)) {
      em.persist(budget);
    }
    em.flush();
  }

  @Override
  public void remove(Budget budget) {
    em.remove(budget);
    em.flush();
  }
}

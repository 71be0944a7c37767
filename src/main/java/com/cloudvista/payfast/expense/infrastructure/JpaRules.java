package com.cloudvista.payfast.expense.infrastructure;

import com.cloudvista.payfast.expense.domain.Rule;
import com.cloudvista.payfast.expense.domain.Rules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Categorisation rules through JPA. */
@ApplicationScoped
public class JpaRules implements Rules {

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Override
  public List<Rule> of(String owner) {
    return em.createQuery(
            "SELECT r FROM Rule r WHERE r.ownerId = :owner ORDER BY r.priority, r.createdAt, r.id",
            Rule.class)
        .setParameter("owner", owner)
        .getResultList();
  }

  @Override
  public Optional<Rule> find(String owner, String id) {
    return Optional.ofNullable(em.find(Rule.class, id)).filter(r -> r.ownerId().equals(owner));
  }

  @Override
  public void store(Rule rule) {
    if (!em.contains(rule)) {
      em.persist(rule);
    }
    em.flush();
  }

  @Override
  public void remove(Rule rule) {
    em.remove(rule);
    em.flush();
  }
}

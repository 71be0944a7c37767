package com.cloudvista.payfast.expense.infrastructure;

import com.cloudvista.payfast.expense.domain.Categories;
import com.cloudvista.payfast.expense.domain.Category;
import com.cloudvista.payfast.expense.domain.CategoryNameTakenException;
import com.cloudvista.payfast.platform.db.PersistenceFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Categories through JPA; moving lines uses bulk native updates (docs/expenses.md lists them). */
@ApplicationScoped
public class JpaCategories implements Categories {

  private static final Comparator<Category> DISPLAY_ORDER =
      Comparator.comparing(Category::isBuiltIn)
          .reversed()
          .thenComparing(c -> c.name().toLowerCase(Locale.ROOT));

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Override
  public List<Category> visibleTo(String owner) {
    return em
        .createQuery(
            "SELECT c FROM Category c WHERE c.ownerId IS NULL OR c.ownerId = :owner",
            Category.class)
        .setParameter("owner", owner)
        .getResultList()
        .stream()
        .sorted(DISPLAY_ORDER)
        .toList();
  }

  @Override
  public Optional<Category> find(String owner, String id) {
    return Optional.ofNullable(em.find(Category.class, id)).filter(c -> c.isVisibleTo(owner));
  }

  @Override
  public Optional<Category> named(String owner, String name) {
    return em
        .createQuery(
            "SELECT c FROM Category c WHERE (c.ownerId IS NULL OR c.ownerId = :owner) AND LOWER(c.name) = :name",
            Category.class)
        .setParameter("owner", owner)
        .setParameter("name", name.toLowerCase(Locale.ROOT))
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void store(Category category) {
    if (!em.contains(category)) {
      em.persist(category);
    }
    try {
      em.flush();
    } catch (PersistenceException e) {
      // A concurrent create or rename won the race past the service's check: the unique index
      // decides.
      if (PersistenceFailures.classify(e) == PersistenceFailures.Kind.CONFLICT) {
        CategoryNameTakenException taken = new CategoryNameTakenException(category.name());
        taken.initCause(e);
        throw taken;
      }
      throw e;
    }
  }

  @Override
  public void remove(Category category) {
    em.remove(category);
  }

  @Override
  public void moveLines(String owner, String from, String to) {
    em.createNativeQuery(
            "UPDATE expense SET category = ?1, updated_at = clock_timestamp() WHERE owner_id = ?2 AND category = ?3")
        .setParameter(1, to)
        .setParameter(2, owner)
        .setParameter(3, from)
        .executeUpdate();
    // A budget moves unless the target category already has one in that currency (that one stays).
    em.createNativeQuery(
            "DELETE FROM budget b WHERE b.owner_id = ?1 AND b.category = ?2 AND EXISTS"
                + " (SELECT 1 FROM budget o WHERE o.owner_id = b.owner_id AND o.category = ?3 AND o.currency = b.currency)")
        .setParameter(1, owner)
        .setParameter(2, from)
        .setParameter(3, to)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE budget SET category = ?1, updated_at = clock_timestamp() WHERE owner_id = ?2 AND category = ?3")
        .setParameter(1, to)
        .setParameter(2, owner)
        .setParameter(3, from)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE category_rule SET category = ?1 WHERE owner_id = ?2 AND category = ?3")
        .setParameter(1, to)
        .setParameter(2, owner)
        .setParameter(3, from)
        .executeUpdate();
  }
}

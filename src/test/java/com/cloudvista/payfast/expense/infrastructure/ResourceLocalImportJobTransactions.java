package com.cloudvista.payfast.expense.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.util.function.Function;

/**
 * The import jobs' transactions outside the server: each call is a resource-local transaction on a
 * new EntityManager of the persistence unit {@code payfast} (there is never a caller's transaction
 * to join here), committed when {@code work} returns and rolled back when it throws. It takes its
 * JDBC connection at once, as a JTA transaction in the server does.
 */
public final class ResourceLocalImportJobTransactions implements ImportJobTransactions {

  private final EntityManagerFactory factory;

  public ResourceLocalImportJobTransactions(EntityManagerFactory factory) {
    this.factory = factory;
  }

  @Override
  public <T> T joining(Function<EntityManager, T> work) {
    return inNewTransaction(work);
  }

  @Override
  public <T> T inNewTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      em.unwrap(Connection.class); // EclipseLink: begin the JDBC transaction now
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      try {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
      } finally {
        em.close();
      }
    }
  }
}

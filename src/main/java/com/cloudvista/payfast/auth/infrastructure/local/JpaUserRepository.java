package com.cloudvista.payfast.auth.infrastructure.local;

import com.cloudvista.payfast.auth.domain.EmailAlreadyRegisteredException;
import com.cloudvista.payfast.auth.domain.User;
import com.cloudvista.payfast.auth.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.Optional;

/**
 * Users of the local provider in table {@code auth_user}, through JPA ({@link UserRow}); sign-up is
 * a native insert (docs/persistence.md lists it).
 */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  /**
   * Native: {@code ON CONFLICT ((lower(email))) DO NOTHING} lets the unique index on {@code
   * lower(email)} decide a sign-up race without an error (and without aborting the transaction).
   */
  @Override
  @Transactional
  public void add(User user) {
    int inserted =
        em.createNativeQuery(
                "INSERT INTO auth_user (id, email, display_name, password_hash, status, created_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT ((lower(email))) DO NOTHING")
            .setParameter(1, user.id())
            .setParameter(2, user.email())
            .setParameter(3, user.displayName())
            .setParameter(4, user.passwordHash())
            .setParameter(5, user.status().name())
            .setParameter(6, Timestamp.from(user.createdAt()))
            .executeUpdate();
    if (inserted == 0) {
      throw new EmailAlreadyRegisteredException();
    }
  }

  @Override
  public Optional<User> findByEmail(String email) {
    // LOWER on both sides is SQL's lower(), so the lookup uses the index on lower(email).
    return em
        .createQuery("SELECT u FROM UserRow u WHERE LOWER(u.email) = LOWER(:email)", UserRow.class)
        .setParameter("email", email)
        .getResultList()
        .stream()
        .findFirst()
        .map(UserRow::toUser);
  }

  @Override
  public Optional<User> find(String id) {
    return Optional.ofNullable(em.find(UserRow.class, id)).map(UserRow::toUser);
  }
}

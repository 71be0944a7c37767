package com.cloudvista.payfast.ledger.infrastructure;

import static com.cloudvista.payfast.platform.db.NativeQueries.first;
import static com.cloudvista.payfast.platform.db.NativeQueries.query;

import com.cloudvista.payfast.ledger.application.RecipientDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Recipients from the Auth API's user table (local provider). The table may not exist on an
 * instance that serves only transactions against a Cognito pool; then nobody is found by e-mail.
 * Native queries: the ledger reads the auth table without depending on auth's entity.
 */
@ApplicationScoped
public class AuthUserDirectory implements RecipientDirectory {

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Override
  public Optional<String> userIdByEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    boolean table =
        Boolean.TRUE.equals(
            first(query(em, "SELECT to_regclass('auth_user') IS NOT NULL")).orElse(false));
    if (!table) {
      return Optional.empty();
    }
    return first(
        query(
            em,
            "SELECT id FROM auth_user WHERE lower(email) = lower(?1) AND status = 'CONFIRMED'",
            email.trim()));
  }
}

package com.cloudvista.payfast.ledger.infrastructure;

import com.cloudvista.payfast.ledger.application.RecipientDirectory;
import com.cloudvista.payfast.platform.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Recipients from the Auth API's user table (local provider). The table may not exist on an
 * instance that serves only transactions against a Cognito pool; then nobody is found by e-mail.
 */
@ApplicationScoped
public class AuthUserDirectory implements RecipientDirectory {

  @Inject Sql sql;

  @Override
  public Optional<String> userIdByEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    boolean table =
        sql.one("SELECT to_regclass('auth_user') IS NOT NULL", rs -> rs.getBoolean(1))
            .orElse(false);
    if (!table) {
      return Optional.empty();
    }
    return sql.one(
        "SELECT id FROM auth_user WHERE lower(email) = lower(?) AND status = 'CONFIRMED'",
        rs -> rs.getString(1),
        email.trim());
  }
}

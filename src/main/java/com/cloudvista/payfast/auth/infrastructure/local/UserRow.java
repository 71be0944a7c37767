package com.cloudvista.payfast.auth.infrastructure.local;

import com.cloudvista.payfast.auth.domain.User;
import com.cloudvista.payfast.auth.domain.UserStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code auth_user}. {@link User} is a record and cannot be an entity, so this class maps
 * the columns and converts to the domain type; it is only read (sign-up inserts natively, see
 * {@link JpaUserRepository#add}).
 */
@Entity
@Table(name = "auth_user")
public class UserRow {

  @Id private String id;

  @Column(nullable = false)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UserStatus status;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected UserRow() {}

  User toUser() {
    return new User(id, email, displayName, passwordHash, status, createdAt.toInstant());
  }
}

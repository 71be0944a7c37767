package com.cloudvista.payfast.auth.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who signs in. The id (a UUID, the token {@code sub}) identifies the user everywhere; the
 * e-mail is unique ignoring case but is never used as identity.
 */
public record User(
    String id,
    String email,
    String displayName,
    String passwordHash,
    UserStatus status,
    Instant createdAt) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public boolean canSignIn() {
    return status == UserStatus.CONFIRMED;
  }
}

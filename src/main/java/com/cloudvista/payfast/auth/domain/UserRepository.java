package com.cloudvista.payfast.auth.domain;

import java.util.Optional;

/** The local provider's users. */
public interface UserRepository {

  /** Stores a new user; throws {@link EmailAlreadyRegisteredException} when the e-mail is taken. */
  void add(User user);

  Optional<User> findByEmail(String email);

  Optional<User> find(String id);
}

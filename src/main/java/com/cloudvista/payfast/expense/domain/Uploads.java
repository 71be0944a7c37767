package com.cloudvista.payfast.expense.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Uploads, always of one owner (another owner's upload is absent). */
public interface Uploads {

  Optional<Upload> find(String owner, String id);

  void store(Upload upload);

  void remove(Upload upload);

  /**
   * Uploads never attached and created before {@code before}, oldest first, none a pending import
   * reads.
   */
  List<Upload> abandoned(Instant before, int limit);
}

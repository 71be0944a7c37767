package com.cloudvista.payfast.expense.domain;

import java.util.Locale;
import java.util.Optional;

/** The bank-file formats an import reads. */
public enum ImportFormat {
  CSV,
  /** OFX 1.x (SGML) and 2.x (XML); QFX is OFX. */
  OFX;

  public static Optional<ImportFormat> parse(String value) {
    for (ImportFormat format : values()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(value)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}

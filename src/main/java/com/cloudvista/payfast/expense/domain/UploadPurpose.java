package com.cloudvista.payfast.expense.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What an upload is for, which decides the content types and the largest size S3 will accept. */
public enum UploadPurpose {
  /**
   * A photo or PDF of a receipt, attached to an expense or to the caller's side of a transaction.
   */
  RECEIPT(10L * 1024 * 1024, Set.of("image/jpeg", "image/png", "image/heic", "application/pdf")),
  /** A bank file (CSV or OFX) for an import. */
  IMPORT(
      20L * 1024 * 1024,
      Set.of(
          "text/csv",
          "text/plain",
          "application/csv",
          "application/vnd.ms-excel",
          "application/x-ofx",
          "application/ofx",
          "application/vnd.intu.qfx",
          "application/xml",
          "text/xml",
          "application/octet-stream"));

  private final long maxSize;
  private final Set<String> contentTypes;

  UploadPurpose(long maxSize, Set<String> contentTypes) {
    this.maxSize = maxSize;
    this.contentTypes = contentTypes;
  }

  public static Optional<UploadPurpose> parse(String value) {
    for (UploadPurpose purpose : values()) {
      if (purpose.name().toLowerCase(Locale.ROOT).equals(value)) {
        return Optional.of(purpose);
      }
    }
    return Optional.empty();
  }

  public long maxSize() {
    return maxSize;
  }

  public Set<String> contentTypes() {
    return contentTypes;
  }

  public boolean accepts(String contentType) {
    return contentTypes.contains(contentType);
  }

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}

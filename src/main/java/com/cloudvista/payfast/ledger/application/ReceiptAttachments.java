package com.cloudvista.payfast.ledger.application;

import java.util.Optional;

/**
 * Receipts on the caller's side of a transaction (the expense context's uploads implement it): the
 * ledger keeps only the upload id, the files and their checks belong to uploads.
 */
public interface ReceiptAttachments {

  /**
   * Checks that {@code uploadId} is the owner's uploaded receipt (it exists in S3 with the declared
   * type and size) and marks it in use; fails with the problem to answer otherwise.
   */
  void attach(String owner, String uploadId);

  /** The receipt is no longer in use (replaced); the sweep of unattached uploads may remove it. */
  void release(String owner, String uploadId);

  /** A presigned GET of the receipt (15 min); empty when there is none. */
  Optional<String> url(String owner, String uploadId);
}

package com.cloudvista.payfast.expense.application;

import com.cloudvista.payfast.expense.domain.Upload;
import com.cloudvista.payfast.expense.domain.UploadPurpose;
import com.cloudvista.payfast.expense.domain.Uploads;
import com.cloudvista.payfast.ledger.application.ReceiptAttachments;
import com.cloudvista.payfast.ledger.domain.NotFoundException;
import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import com.cloudvista.payfast.platform.storage.ObjectStore;
import com.cloudvista.payfast.platform.storage.ReportsBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Uploads: a presigned PUT per file (the file goes straight to S3, never through the API), checks
 * of what arrived (HEAD: it exists, with the declared type and size) before a receipt is attached
 * or a file imported, presigned GETs, and the sweep of uploads nobody attached.
 */
@ApplicationScoped
@Transactional
public class UploadService implements ReceiptAttachments {

  /** How long presigned URLs stay valid. */
  public static final Duration URL_VALIDITY = Duration.ofMinutes(15);

  /** The object tag the bucket's lifecycle rule reads: pending uploads expire after a day. */
  static final String STATE_TAG = "payfast-state";

  private static final Logger LOG = Logger.getLogger(UploadService.class.getName());

  /** A new upload and the presigned PUT its owner sends the file with. */
  public record NewUpload(Upload upload, ObjectStore.Presigned put) {}

  @Inject Uploads uploads;
  @Inject ReportsBucket bucket;

  public NewUpload create(String owner, String purposeName, String contentType, long size) {
    UploadPurpose purpose =
        UploadPurpose.parse(purposeName)
            .orElseThrow(
                () -> ProblemException.invalid("purpose", "must be one of [receipt, import]"));
    String type = contentType.strip().toLowerCase(Locale.ROOT);
    if (!purpose.accepts(type)) {
      throw ProblemException.invalid(
          "contentType",
          "must be one of "
              + purpose.contentTypes().stream().sorted().toList()
              + " for "
              + purpose.value());
    }
    if (size > purpose.maxSize()) {
      throw ProblemException.invalid(
          "size",
          "must be at most "
              + purpose.maxSize()
              + " bytes ("
              + purpose.maxSize() / (1024 * 1024)
              + " MiB) for "
              + purpose.value());
    }
    Upload upload = new Upload(owner, purpose, type, size);
    uploads.store(upload);
    return new NewUpload(
        upload,
        bucket
            .store()
            .presignPut(upload.objectKey(), type, size, STATE_TAG, "pending", URL_VALIDITY));
  }

  /**
   * The owner's upload for {@code purpose}, checked against what S3 holds.
   *
   * @param field the request field that named it, for the problem's {@code errors[]}
   */
  public Upload uploaded(String owner, String uploadId, UploadPurpose purpose, String field) {
    Upload upload =
        uploads
            .find(owner, uploadId)
            .filter(u -> u.purpose() == purpose)
            .orElseThrow(() -> new NotFoundException("Upload"));
    ObjectStore.ObjectInfo stored =
        bucket
            .store()
            .head(upload.objectKey())
            .orElseThrow(
                () ->
                    new ProblemException(
                        ErrorCode.CONFLICT,
                        "Nothing has been uploaded for upload "
                            + uploadId
                            + " yet: PUT the file to its uploadUrl first."));
    if (stored.size() != upload.size()) {
      throw ProblemException.invalid(
          field,
          "the uploaded file has " + stored.size() + " bytes; " + upload.size() + " were declared");
    }
    String storedType =
        stored.contentType() == null
            ? ""
            : stored.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!storedType.equals(upload.contentType())) {
      throw ProblemException.invalid(
          field,
          "the uploaded file is " + storedType + "; " + upload.contentType() + " was declared");
    }
    return upload;
  }

  /** Checks the owner's uploaded receipt and marks it in use. */
  @Override
  public void attach(String owner, String uploadId) {
    Upload upload = uploaded(owner, uploadId, UploadPurpose.RECEIPT, "receiptUploadId");
    if (!upload.attached()) {
      bucket.store().tag(upload.objectKey(), STATE_TAG, "attached");
    }
    upload.attach();
    uploads.store(upload);
  }

  @Override
  public void release(String owner, String uploadId) {
    uploads
        .find(owner, uploadId)
        .ifPresent(
            u -> {
              bucket.store().tag(u.objectKey(), STATE_TAG, "pending");
              u.release();
              uploads.store(u);
            });
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> url(String owner, String uploadId) {
    if (uploadId == null) {
      return Optional.empty();
    }
    return Optional.of(
        bucket
            .store()
            .presignGet(Upload.keyOf(owner, uploadId), null, URL_VALIDITY)
            .url()
            .toString());
  }

  /**
   * Deletes uploads never attached and older than {@code keep} (the object, then the row), oldest
   * first, at most {@code limit}; returns how many. Stands in for the bucket's lifecycle rule on S3
   * servers that have none, and tidies the rows everywhere.
   */
  public int sweep(Duration keep, int limit) {
    List<Upload> abandoned = uploads.abandoned(Instant.now().minus(keep), limit);
    for (Upload upload : abandoned) {
      uploads.remove(
          upload); // the row first: an upload attached meanwhile fails here and keeps its file
      bucket.store().delete(upload.objectKey());
    }
    if (!abandoned.isEmpty()) {
      LOG.info("Removed " + abandoned.size() + " uploads nobody attached within " + keep);
    }
    return abandoned.size();
  }
}

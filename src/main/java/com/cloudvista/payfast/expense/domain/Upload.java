package com.cloudvista.payfast.expense.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A file its owner uploads straight to S3 with a presigned PUT, under {@code uploads/<owner>/<id>}.
 * Invariant: the declared content type is one its purpose accepts and the size is within the
 * purpose's limit, so the signature S3 checks can only admit such a file.
 */
@Entity
@Table(name = "upload")
public class Upload {

  @Id private String id;

  @Column(name = "owner_id", nullable = false)
  private String ownerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UploadPurpose purpose;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(nullable = false)
  private long size;

  @Column(name = "object_key", nullable = false)
  private String objectKey;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "attached_at")
  private OffsetDateTime attachedAt;

  protected Upload() {}

  public Upload(String ownerId, UploadPurpose purpose, String contentType, long size) {
    this.id = UUID.randomUUID().toString();
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    if (!purpose.accepts(contentType)) {
      throw new IllegalArgumentException(
          "content type " + contentType + " is not accepted for " + purpose);
    }
    if (size <= 0 || size > purpose.maxSize()) {
      throw new IllegalArgumentException("size " + size + " outside 1.." + purpose.maxSize());
    }
    this.contentType = contentType;
    this.size = size;
    this.objectKey = keyOf(ownerId, id);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  /** Where an owner's upload lives in the reports bucket. */
  public static String keyOf(String ownerId, String uploadId) {
    return "uploads/" + ownerId + "/" + uploadId;
  }

  /** Marks the upload as in use (a receipt), so the sweep of abandoned uploads keeps it. */
  public void attach() {
    if (attachedAt == null) {
      attachedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
  }

  /** No longer in use (its expense was deleted or got another receipt): the sweep may remove it. */
  public void release() {
    attachedAt = null;
  }

  public String id() {
    return id;
  }

  public String ownerId() {
    return ownerId;
  }

  public UploadPurpose purpose() {
    return purpose;
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  public String objectKey() {
    return objectKey;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public boolean attached() {
    return attachedAt != null;
  }
}

package com.cloudvista.payfast.platform.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where transaction logs and reports go, and how objects are encrypted. */
@ApplicationScoped
public class S3Settings {

  @Inject
  @ConfigProperty(name = "payfast.s3.logs-bucket")
  String logsBucket;

  @Inject
  @ConfigProperty(name = "payfast.s3.logs-prefix")
  String logsPrefix;

  @Inject
  @ConfigProperty(name = "payfast.s3.reports-bucket")
  String reportsBucket;

  @Inject
  @ConfigProperty(name = "payfast.s3.kms-key-id")
  Optional<String> kmsKeyId;

  @Inject
  @ConfigProperty(name = "payfast.s3.sse")
  boolean serverSideEncryption;

  /**
   * False only for S3 servers that refuse SSE headers (S3Proxy answers 501); AWS keeps it on and
   * the buckets' default encryption covers what browsers PUT with presigned URLs.
   */
  public boolean serverSideEncryption() {
    return serverSideEncryption;
  }

  @Inject
  @ConfigProperty(name = "payfast.s3.tag-uploads")
  boolean tagUploads;

  /**
   * Whether uploads carry the object tag the reports bucket's lifecycle rule reads; off only for S3
   * servers without object tagging (S3Proxy answers 501 to x-amz-tagging).
   */
  public boolean tagUploads() {
    return tagUploads;
  }

  public String logsBucket() {
    return logsBucket;
  }

  public String logsPrefix() {
    return logsPrefix;
  }

  public String reportsBucket() {
    return reportsBucket;
  }

  /** SSE-KMS with this key when present, SSE-S3 otherwise. */
  public Optional<String> kmsKeyId() {
    return kmsKeyId.filter(id -> !id.isBlank());
  }
}

package com.cloudvista.payfast.platform.storage;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * One bucket as the application uses it for user files: presigned PUTs and GETs (files never pass
 * through the API), HEAD, streaming reads, and streaming multipart writes with SSE (SSE-KMS with
 * the configured key, else SSE-S3, none for S3 servers that refuse the header).
 */
public final class ObjectStore {

  /**
   * A presigned request: the URL, the headers the caller must send as signed, and when it expires.
   */
  public record Presigned(URI url, Map<String, String> headers, Instant expiresAt) {}

  /** What S3 holds under a key. */
  public record ObjectInfo(String contentType, long size) {}

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;
  private final boolean serverSideEncryption;
  private final Optional<String> kmsKeyId;
  private final boolean tagging;

  public ObjectStore(
      S3Client s3,
      S3Presigner presigner,
      String bucket,
      boolean serverSideEncryption,
      Optional<String> kmsKeyId,
      boolean tagging) {
    this.tagging = tagging;
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.presigner = Objects.requireNonNull(presigner, "presigner");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    this.serverSideEncryption = serverSideEncryption;
    this.kmsKeyId = Objects.requireNonNull(kmsKeyId, "kmsKeyId");
  }

  /**
   * A PUT of exactly {@code size} bytes of {@code contentType}, tagged {@code tag=value}: the three
   * headers are signed, so S3 refuses any other type, length or tag (the bucket's lifecycle rule
   * expires objects by that tag, and the IAM policy admits only tagged uploads).
   */
  public Presigned presignPut(
      String key, String contentType, long size, String tag, String value, Duration validFor) {
    String tags = tag + "=" + value;
    PresignedPutObjectRequest put =
        presigner.presignPutObject(
            p ->
                p.signatureDuration(validFor)
                    .putObjectRequest(
                        o -> {
                          o.bucket(bucket).key(key).contentType(contentType).contentLength(size);
                          if (tagging) {
                            o.tagging(tags);
                          }
                        }));
    Map<String, String> headers =
        tagging
            ? Map.of("Content-Type", contentType, "x-amz-tagging", tags)
            : Map.of("Content-Type", contentType);
    return new Presigned(URI.create(put.url().toString()), headers, put.expiration());
  }

  /** Replaces the object's tags with {@code tag=value}. */
  public void tag(String key, String tag, String value) {
    if (!tagging) {
      return;
    }
    s3.putObjectTagging(
        t ->
            t.bucket(bucket)
                .key(key)
                .tagging(
                    g ->
                        g.tagSet(
                            software.amazon.awssdk.services.s3.model.Tag.builder()
                                .key(tag)
                                .value(value)
                                .build())));
  }

  /**
   * A GET of the object; {@code downloadName} (optional) makes browsers save it under that name.
   */
  public Presigned presignGet(String key, String downloadName, Duration validFor) {
    PresignedGetObjectRequest get =
        presigner.presignGetObject(
            p ->
                p.signatureDuration(validFor)
                    .getObjectRequest(
                        o -> {
                          o.bucket(bucket).key(key);
                          if (downloadName != null) {
                            o.responseContentDisposition(
                                "attachment; filename=\"" + downloadName + "\"");
                          }
                        }));
    return new Presigned(URI.create(get.url().toString()), Map.of(), get.expiration());
  }

  /** The object's stored type and size; empty when there is none under the key. */
  public Optional<ObjectInfo> head(String key) {
    try {
      HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket).key(key));
      return Optional.of(new ObjectInfo(head.contentType(), head.contentLength()));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The object's bytes as a stream (read as they arrive, never buffered whole). */
  public InputStream open(String key) {
    return s3.getObject(g -> g.bucket(bucket).key(key));
  }

  /** The first {@code bytes} of the object (a ranged GET). */
  public byte[] start(String key, int bytes) {
    try (ResponseInputStream<GetObjectResponse> in =
        s3.getObject(g -> g.bucket(bucket).key(key).range("bytes=0-" + (bytes - 1)))) {
      return in.readNBytes(bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A stream that becomes the object under {@code key} when closed (multipart, bounded memory). */
  public MultipartObjectStream create(String key, String contentType, int partSize) {
    CreateMultipartUploadRequest.Builder create =
        CreateMultipartUploadRequest.builder().bucket(bucket).key(key).contentType(contentType);
    if (serverSideEncryption) {
      kmsKeyId.ifPresentOrElse(
          kms -> create.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(kms),
          () -> create.serverSideEncryption(ServerSideEncryption.AES256));
    }
    return new MultipartObjectStream(s3, create.build(), partSize);
  }

  public void delete(String key) {
    s3.deleteObject(d -> d.bucket(bucket).key(key));
  }

  public String bucket() {
    return bucket;
  }
}

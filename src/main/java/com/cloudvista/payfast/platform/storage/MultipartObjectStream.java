package com.cloudvista.payfast.platform.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;

/**
 * Writes one S3 object of any size with a multipart upload while holding a single part in memory:
 * every {@code partSize} bytes go up as a part, {@link #close()} sends the last one and completes
 * the object, {@link #abort()} discards everything sent. Nothing is visible under the key until the
 * upload completes, so a crash mid-way leaves no half object (the bucket's lifecycle rule removes
 * abandoned parts).
 */
public final class MultipartObjectStream extends OutputStream {

  /** S3's smallest part but the last. */
  public static final int MIN_PART_SIZE = 5 * 1024 * 1024;

  private final S3Client s3;
  private final String bucket;
  private final String key;
  private final String uploadId;
  private final byte[] part;
  private final List<CompletedPart> parts = new ArrayList<>();
  private int filled;
  private long size;
  private boolean closed;

  MultipartObjectStream(S3Client s3, CreateMultipartUploadRequest create, int partSize) {
    if (partSize < MIN_PART_SIZE) {
      throw new IllegalArgumentException("parts are at least " + MIN_PART_SIZE + " bytes");
    }
    this.s3 = s3;
    this.bucket = create.bucket();
    this.key = create.key();
    this.part = new byte[partSize];
    this.uploadId = s3.createMultipartUpload(create).uploadId();
  }

  @Override
  public void write(int b) throws IOException {
    if (filled == part.length) {
      sendPart();
    }
    part[filled++] = (byte) b;
    size++;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    while (length > 0) {
      if (filled == part.length) {
        sendPart();
      }
      int n = Math.min(length, part.length - filled);
      System.arraycopy(bytes, offset, part, filled, n);
      filled += n;
      offset += n;
      length -= n;
      size += n;
    }
  }

  private void sendPart() {
    int number = parts.size() + 1;
    String etag =
        s3.uploadPart(
                b ->
                    b.bucket(bucket)
                        .key(key)
                        .uploadId(uploadId)
                        .partNumber(number)
                        .contentLength((long) filled),
                RequestBody.fromBytes(filled == part.length ? part : Arrays.copyOf(part, filled)))
            .eTag();
    parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
    filled = 0;
  }

  /** Sends the last part and completes the object. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (filled > 0 || parts.isEmpty()) {
        sendPart(); // an empty object is one empty part
      }
      s3.completeMultipartUpload(
          b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
    } catch (RuntimeException e) {
      abort();
      throw e;
    }
  }

  /** Discards the parts sent so far; the object does not appear. */
  public void abort() {
    closed = true;
    try {
      s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
    } catch (RuntimeException e) {
      // the bucket's abort-incomplete-uploads rule removes the parts later
    }
  }

  /** Bytes written so far. */
  public long size() {
    return size;
  }
}

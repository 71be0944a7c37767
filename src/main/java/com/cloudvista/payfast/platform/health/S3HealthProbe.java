package com.cloudvista.payfast.platform.health;

import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/**
 * The S3 part of readiness: per bucket, a ListObjectsV2 of at most one key under a prefix the
 * workload's IAM role may list ({@code cloudformation/iam.yaml}). HeadBucket would need {@code
 * s3:ListBucket} on the whole bucket, which the role does not have, so in AWS it would always
 * report DOWN.
 */
public final class S3HealthProbe {

  /** The reports bucket is probed where statements are written; the role may list that prefix. */
  static final String REPORTS_PREFIX = "statements/";

  private S3HealthProbe() {}

  /**
   * What the probe sends: the logs bucket under its logs prefix, the reports bucket under
   * statements/.
   */
  public static List<ListObjectsV2Request> requests(
      String logsBucket, String logsPrefix, String reportsBucket) {
    return List.of(request(logsBucket, logsPrefix), request(reportsBucket, REPORTS_PREFIX));
  }

  /** Sends every probe request; throws what S3 answers (NoSuchBucketException, AccessDenied...). */
  static void run(S3Client client, List<ListObjectsV2Request> requests) {
    requests.forEach(client::listObjectsV2);
  }

  private static ListObjectsV2Request request(String bucket, String prefix) {
    return ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).maxKeys(1).build();
  }
}

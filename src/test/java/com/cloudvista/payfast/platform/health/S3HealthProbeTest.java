package com.cloudvista.payfast.platform.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

class S3HealthProbeTest {

  @Test
  void listsAtMostOneKeyUnderAPrefixTheRoleMayListInEachBucket() {
    assertThat(S3HealthProbe.requests("payfast-logs", "transactions/", "payfast-reports"))
        .extracting(
            ListObjectsV2Request::bucket,
            ListObjectsV2Request::prefix,
            ListObjectsV2Request::maxKeys)
        .containsExactly(
            tuple("payfast-logs", "transactions/", 1), tuple("payfast-reports", "statements/", 1));
  }

  /**
   * Only ListObjectsV2 reaches S3: no HeadBucket, which needs s3:ListBucket on the whole bucket.
   */
  @Test
  void sendsNothingButTheListRequests() {
    List<String> calls = new ArrayList<>();
    S3Client recording =
        (S3Client)
            Proxy.newProxyInstance(
                S3Client.class.getClassLoader(),
                new Class<?>[] {S3Client.class},
                (proxy, method, args) -> {
                  calls.add(
                      method.getName()
                          + (args == null ? "" : " " + ((ListObjectsV2Request) args[0]).bucket()));
                  return ListObjectsV2Response.builder().build();
                });

    S3HealthProbe.run(recording, S3HealthProbe.requests("logs", "transactions/", "reports"));

    assertThat(calls).containsExactly("listObjectsV2 logs", "listObjectsV2 reports");
  }
}

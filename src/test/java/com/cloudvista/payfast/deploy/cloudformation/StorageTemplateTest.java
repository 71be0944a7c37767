package com.cloudvista.payfast.deploy.cloudformation;

import static com.cloudvista.payfast.deploy.cloudformation.Templates.importOf;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.list;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.map;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.oneOrMany;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.properties;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every bucket in every template: encrypted, private, versioned, TLS only. */
class StorageTemplateTest {

  private record Bucket(String template, String logicalId, Map<String, Object> properties) {}

  private static List<Bucket> allBuckets() {
    List<Bucket> buckets = new ArrayList<>();
    for (String name : Templates.NAMES) {
      Templates.ofType(Templates.load(name), "AWS::S3::Bucket")
          .forEach(
              (id, resource) -> buckets.add(new Bucket(name, id, map(resource.get("Properties")))));
    }
    return buckets;
  }

  @Test
  void theExpectedBucketsExist() {
    assertThat(allBuckets())
        .extracting(b -> b.template() + "/" + b.logicalId())
        .containsExactlyInAnyOrder(
            "storage/LogsBucket", "storage/ReportsBucket", "edge/FrontendBucket");
  }

  @Test
  void everyBucketIsEncrypted() {
    for (Bucket bucket : allBuckets()) {
      Map<String, Object> rule =
          map(
              list(map(bucket.properties().get("BucketEncryption"))
                      .get("ServerSideEncryptionConfiguration"))
                  .get(0));
      Map<String, Object> sse = map(rule.get("ServerSideEncryptionByDefault"));
      if (bucket.template().equals("storage")) {
        assertThat(sse)
            .as(bucket.logicalId())
            .containsEntry("SSEAlgorithm", "aws:kms")
            .containsEntry("KMSMasterKeyID", importOf("DataKmsKeyArn"));
      } else {
        assertThat(sse.get("SSEAlgorithm")).as(bucket.logicalId()).isEqualTo("AES256");
      }
    }
  }

  @Test
  void everyBucketBlocksPublicAccessAndIsVersioned() {
    for (Bucket bucket : allBuckets()) {
      assertThat(map(bucket.properties().get("PublicAccessBlockConfiguration")))
          .as(bucket.logicalId())
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "BlockPublicAcls",
                  true,
                  "BlockPublicPolicy",
                  true,
                  "IgnorePublicAcls",
                  true,
                  "RestrictPublicBuckets",
                  true));
      assertThat(map(bucket.properties().get("VersioningConfiguration")))
          .as(bucket.logicalId())
          .containsEntry("Status", "Enabled");
    }
  }

  @Test
  void everyBucketPolicyDeniesRequestsWithoutTls() {
    for (Bucket bucket : allBuckets()) {
      Map<String, Object> template = Templates.load(bucket.template());
      List<Map<String, Object>> policies =
          Templates.ofType(template, "AWS::S3::BucketPolicy").values().stream()
              .map(p -> map(p.get("Properties")))
              .filter(p -> ref(bucket.logicalId()).equals(p.get("Bucket")))
              .toList();
      assertThat(policies).as("policy of %s", bucket.logicalId()).hasSize(1);
      Map<String, Object> denyTls =
          list(map(policies.get(0).get("PolicyDocument")).get("Statement")).stream()
              .map(Templates::map)
              .filter(s -> "DenyInsecureTransport".equals(s.get("Sid")))
              .findFirst()
              .orElseThrow();
      assertThat(denyTls)
          .containsEntry("Effect", "Deny")
          .containsEntry("Principal", "*")
          .containsEntry("Action", "s3:*")
          .containsEntry("Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")));
      assertThat(oneOrMany(denyTls.get("Resource")))
          .containsExactlyInAnyOrder(
              Map.of("Fn::GetAtt", List.of(bucket.logicalId(), "Arn")),
              Map.of("Fn::Sub", "${" + bucket.logicalId() + ".Arn}/*"));
    }
  }

  @Test
  void transactionLogsMoveToColderStorage() {
    List<Object> rules =
        list(
            map(properties(Templates.load("storage"), "LogsBucket").get("LifecycleConfiguration"))
                .get("Rules"));
    Map<String, Object> logsRule =
        rules.stream()
            .map(Templates::map)
            .filter(r -> "transactions/".equals(r.get("Prefix")))
            .findFirst()
            .orElseThrow();
    assertThat(logsRule).containsEntry("Status", "Enabled");
    assertThat(list(logsRule.get("Transitions")))
        .containsExactly(
            Map.of("StorageClass", "STANDARD_IA", "TransitionInDays", 30),
            Map.of("StorageClass", "GLACIER", "TransitionInDays", 90));
  }

  @Test
  void frontendBucketIsReadableOnlyByThisDistribution() {
    Map<String, Object> edge = Templates.load("edge");
    List<Object> statements =
        list(map(properties(edge, "FrontendBucketPolicy").get("PolicyDocument")).get("Statement"));
    List<Map<String, Object>> allows =
        statements.stream()
            .map(Templates::map)
            .filter(s -> "Allow".equals(s.get("Effect")))
            .toList();
    assertThat(allows).hasSize(1);
    assertThat(allows.get(0))
        .containsEntry("Principal", Map.of("Service", "cloudfront.amazonaws.com"))
        .containsEntry("Action", "s3:GetObject")
        .containsEntry(
            "Condition",
            Map.of(
                "StringEquals",
                Map.of(
                    "AWS:SourceArn",
                    Map.of(
                        "Fn::Sub",
                        "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}"))));
  }
}

package com.cloudvista.payfast.deploy.cloudformation;

import static com.cloudvista.payfast.deploy.cloudformation.Templates.importOf;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.list;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.map;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.oneOrMany;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.properties;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.platform.health.S3HealthProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/**
 * Least privilege: no wildcard grants anywhere, and the IRSA roles allow exactly what each service
 * uses.
 */
class IamPolicyTest {

  private record Statement(String where, boolean keyPolicy, Map<String, Object> body) {}

  /**
   * Allow statements of every policy document in every template (identity, bucket and key
   * policies).
   */
  private static List<Statement> allowStatements() {
    List<Statement> statements = new ArrayList<>();
    for (String name : Templates.NAMES) {
      map(Templates.load(name).get("Resources"))
          .forEach(
              (id, value) -> {
                Map<String, Object> resource = map(value);
                Map<String, Object> props =
                    resource.get("Properties") == null ? Map.of() : map(resource.get("Properties"));
                List<Object> documents = new ArrayList<>();
                documents.add(props.get("PolicyDocument"));
                documents.add(props.get("KeyPolicy"));
                // Inline policies of IAM roles/users/groups (a Cognito pool's "Policies" is
                // something else).
                if (props.get("Policies") instanceof List<?>) {
                  list(props.get("Policies"))
                      .forEach(p -> documents.add(map(p).get("PolicyDocument")));
                }
                boolean keyPolicy = "AWS::KMS::Key".equals(resource.get("Type"));
                for (Object document : documents) {
                  if (document instanceof Map<?, ?> doc) {
                    list(doc.get("Statement")).stream()
                        .map(Templates::map)
                        .filter(s -> "Allow".equals(s.get("Effect")))
                        .forEach(s -> statements.add(new Statement(name + "/" + id, keyPolicy, s)));
                  }
                }
              });
    }
    return statements;
  }

  @Test
  void noAllowStatementGrantsWildcardActions() {
    List<Statement> statements = allowStatements();
    assertThat(statements).hasSizeGreaterThan(5);
    for (Statement statement : statements) {
      assertThat(statement.body()).as(statement.where()).doesNotContainKey("NotAction");
      for (Object action : oneOrMany(statement.body().get("Action"))) {
        assertThat(action).as(statement.where()).isInstanceOf(String.class);
        assertThat((String) action).as(statement.where()).doesNotContain("*");
      }
    }
  }

  /**
   * Read-only actions for which AWS supports no resource-level permissions: they can only be
   * granted on "*" (Service Authorization Reference). Cluster Autoscaler needs them to discover
   * node groups.
   */
  static final Set<String> DESCRIBE_ONLY_ON_ANY_RESOURCE =
      Set.of(
          "autoscaling:DescribeAutoScalingGroups",
          "autoscaling:DescribeAutoScalingInstances",
          "autoscaling:DescribeLaunchConfigurations",
          "autoscaling:DescribeScalingActivities",
          "autoscaling:DescribeTags",
          "ec2:DescribeImages",
          "ec2:DescribeInstanceTypes",
          "ec2:DescribeLaunchTemplateVersions",
          "ec2:GetInstanceTypesFromInstanceRequirements");

  /**
   * Resource "*" only where AWS requires it: inside a KMS key policy, where it means "this key",
   * and for describe actions that have no resource-level permissions.
   */
  @Test
  void wildcardResourcesOnlyInKeyPoliciesAndForResourcelessDescribes() {
    for (Statement statement : allowStatements()) {
      boolean describeOnly =
          oneOrMany(statement.body().get("Action")).stream()
              .allMatch(DESCRIBE_ONLY_ON_ANY_RESOURCE::contains);
      if (!statement.keyPolicy() && !describeOnly) {
        assertThat(oneOrMany(statement.body().get("Resource")))
            .as(statement.where())
            .doesNotContain("*");
      }
      assertThat(statement.body()).as(statement.where()).doesNotContainKey("NotResource");
    }
  }

  @Test
  void transactionApiWritesLogsReadsAndWritesStatementsAndUsesOnlyTheDataKey() {
    Map<String, Map<String, Object>> bySid = statementsOf("TransactionApiRole");
    assertThat(bySid)
        .containsOnlyKeys(
            "WriteTransactionLogs",
            "ProbeLogsBucket",
            "ReadWriteStatements",
            "PresignUploads",
            "ReadAndDeleteUploads",
            "TagUploads",
            "ListStatementsAndUploads",
            "UseDataKeyThroughS3");
    assertThat(oneOrMany(bySid.get("WriteTransactionLogs").get("Action")))
        .containsExactly("s3:PutObject");
    assertThat(bySid.get("WriteTransactionLogs").get("Resource"))
        .isEqualTo(
            Map.of(
                "Fn::Sub",
                List.of(
                    "arn:${AWS::Partition}:s3:::${Bucket}/transactions/*",
                    Map.of("Bucket", importOf("LogsBucketName")))));
    assertThat(oneOrMany(bySid.get("ReadWriteStatements").get("Action")))
        .containsExactlyInAnyOrder("s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload");
    assertThat(bySid.get("ReadWriteStatements").get("Resource"))
        .isEqualTo(
            Map.of(
                "Fn::Sub",
                List.of(
                    "arn:${AWS::Partition}:s3:::${Bucket}/statements/*",
                    Map.of("Bucket", importOf("ReportsBucketName")))));
    assertThat(oneOrMany(bySid.get("ListStatementsAndUploads").get("Action")))
        .containsExactly("s3:ListBucket");
    assertThat(bySid.get("ListStatementsAndUploads").get("Condition"))
        .isEqualTo(Map.of("StringLike", Map.of("s3:prefix", List.of("statements/*", "uploads/*"))));
    Object uploads =
        Map.of(
            "Fn::Sub",
            List.of(
                "arn:${AWS::Partition}:s3:::${Bucket}/uploads/*",
                Map.of("Bucket", importOf("ReportsBucketName"))));
    assertThat(oneOrMany(bySid.get("PresignUploads").get("Action")))
        .containsExactly("s3:PutObject");
    assertThat(bySid.get("PresignUploads").get("Resource")).isEqualTo(uploads);
    assertThat(bySid.get("PresignUploads").get("Condition"))
        .isEqualTo(Map.of("StringEquals", Map.of("s3:RequestObjectTag/payfast-state", "pending")));
    assertThat(oneOrMany(bySid.get("ReadAndDeleteUploads").get("Action")))
        .containsExactlyInAnyOrder("s3:GetObject", "s3:DeleteObject");
    assertThat(bySid.get("ReadAndDeleteUploads").get("Resource")).isEqualTo(uploads);
    assertThat(oneOrMany(bySid.get("TagUploads").get("Action")))
        .containsExactly("s3:PutObjectTagging");
    assertThat(bySid.get("TagUploads").get("Resource")).isEqualTo(uploads);
    assertThat(oneOrMany(bySid.get("UseDataKeyThroughS3").get("Action")))
        .containsExactlyInAnyOrder("kms:GenerateDataKey", "kms:Decrypt");
    assertThat(bySid.get("UseDataKeyThroughS3").get("Resource"))
        .isEqualTo(importOf("DataKmsKeyArn"));
  }

  /**
   * The Cognito operations the application calls (read from its source) are exactly the ones the
   * auth-api role allows, on its pool only: nothing the code needs is missing (/auth/v1/clients
   * creates and deletes app clients), nothing it does not call is granted.
   */
  @Test
  void authApiMayCallExactlyTheCognitoOperationsTheApplicationCalls() throws Exception {
    Path source =
        Templates.projectDir()
            .resolve(
                "src/main/java/com/cloudvista/payfast/auth/infrastructure/cognito/CognitoIdentityProvider.java");
    Matcher call =
        Pattern.compile("\\bcognito\\s*\\.\\s*([a-z][A-Za-z]+)\\(")
            .matcher(Files.readString(source));
    Set<String> called = new TreeSet<>();
    while (call.find()) {
      called.add(
          "cognito-idp:"
              + Character.toUpperCase(call.group(1).charAt(0))
              + call.group(1).substring(1));
    }
    assertThat(called).contains("cognito-idp:SignUp", "cognito-idp:CreateUserPoolClient");

    Map<String, Map<String, Object>> bySid = statementsOf("AuthApiRole");
    assertThat(bySid).containsOnlyKeys("CognitoCallsOfAuthApi");
    Map<String, Object> statement = bySid.get("CognitoCallsOfAuthApi");
    assertThat(oneOrMany(statement.get("Action"))).containsExactlyInAnyOrderElementsOf(called);
    assertThat(statement.get("Resource")).isEqualTo(importOf("CognitoUserPoolArn"));
  }

  /**
   * What the S3 health probe sends ({@link S3HealthProbe}) must be allowed, or readiness reports S3
   * DOWN in AWS forever: a ListObjectsV2 of one key under a prefix the role may list, in each
   * bucket.
   */
  @Test
  void transactionApiMayRunTheS3HealthProbe() {
    Map<String, Object> buckets =
        Map.of(
            "payfast-logs",
            importOf("LogsBucketName"),
            "payfast-reports",
            importOf("ReportsBucketName"));
    List<ListObjectsV2Request> probes =
        S3HealthProbe.requests("payfast-logs", "transactions/", "payfast-reports");
    assertThat(probes).hasSize(2);
    Collection<Map<String, Object>> statements = statementsOf("TransactionApiRole").values();
    for (ListObjectsV2Request probe : probes) {
      Object bucketArn =
          Map.of(
              "Fn::Sub",
              List.of(
                  "arn:${AWS::Partition}:s3:::${Bucket}",
                  Map.of("Bucket", buckets.get(probe.bucket()))));
      Map<String, String> context =
          Map.of("s3:prefix", probe.prefix(), "s3:max-keys", String.valueOf(probe.maxKeys()));
      assertThat(statements)
          .as("an Allow of s3:ListBucket on %s for %s", probe.bucket(), context)
          .anySatisfy(
              s -> {
                assertThat(oneOrMany(s.get("Action"))).contains("s3:ListBucket");
                assertThat(s.get("Resource")).isEqualTo(bucketArn);
                assertThat(conditionHolds(map(s.getOrDefault("Condition", Map.of())), context))
                    .isTrue();
              });
    }
    // Listing the logs bucket is limited to that probe: one key under transactions/.
    assertThat(
            conditionHolds(
                map(statementsOf("TransactionApiRole").get("ProbeLogsBucket").get("Condition")),
                Map.of("s3:prefix", "transactions/", "s3:max-keys", "1000")))
        .isFalse();
  }

  /**
   * Cluster Autoscaler: scales only this cluster's node groups; describes what AWS offers only on
   * "*".
   */
  @Test
  void clusterAutoscalerScalesOnlyThisClustersNodeGroups() {
    Map<String, Map<String, Object>> bySid = statementsOf("ClusterAutoscalerRole");
    assertThat(bySid).containsOnlyKeys("DescribeScalingInputs", "ScaleThisClustersNodeGroups");
    assertThat(oneOrMany(bySid.get("ScaleThisClustersNodeGroups").get("Action")))
        .containsExactlyInAnyOrder(
            "autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup");
    assertThat(bySid.get("ScaleThisClustersNodeGroups").get("Resource"))
        .isEqualTo(
            Map.of(
                "Fn::Sub",
                "arn:${AWS::Partition}:autoscaling:${AWS::Region}:${AWS::AccountId}:autoScalingGroup:*:"
                    + "autoScalingGroupName/eks-payfast-${EnvironmentName}-*"));
    assertThat(bySid.get("ScaleThisClustersNodeGroups").get("Condition"))
        .isEqualTo(
            Map.of(
                "StringEquals",
                Map.of(
                    "aws:ResourceTag/eks:cluster-name",
                    Map.of("Fn::Sub", "payfast-${EnvironmentName}"))));
    assertThat(oneOrMany(bySid.get("DescribeScalingInputs").get("Action")))
        .isSubsetOf(DESCRIBE_ONLY_ON_ANY_RESOURCE);
    Map<String, Object> outputs = map(Templates.load("iam").get("Outputs"));
    assertThat(map(outputs.get("ClusterAutoscalerRoleArn")).get("Value"))
        .isEqualTo(Map.of("Fn::GetAtt", List.of("ClusterAutoscalerRole", "Arn")));
  }

  /**
   * StringEquals, StringLike and NumericLessThanEquals, the operators these policies use; others
   * fail.
   */
  private static boolean conditionHolds(
      Map<String, Object> condition, Map<String, String> context) {
    for (Map.Entry<String, Object> operator : condition.entrySet()) {
      for (Map.Entry<String, Object> test : map(operator.getValue()).entrySet()) {
        String actual = context.get(test.getKey());
        List<Object> allowed = oneOrMany(test.getValue());
        boolean holds =
            actual != null
                && allowed.stream()
                    .map(String::valueOf)
                    .anyMatch(
                        v ->
                            switch (operator.getKey()) {
                              case "StringEquals" -> v.equals(actual);
                              case "StringLike" ->
                                  actual.matches(Pattern.quote(v).replace("*", "\\E.*\\Q"));
                              case "NumericLessThanEquals" ->
                                  Long.parseLong(actual) <= Long.parseLong(v);
                              default ->
                                  throw new AssertionError(
                                      "operator not modelled: " + operator.getKey());
                            });
        if (!holds) {
          return false;
        }
      }
    }
    return true;
  }

  /** The trust policy is a !Sub JSON string: fill in its placeholders and read it as JSON. */
  @ParameterizedTest
  @CsvSource({"TransactionApiRole, transaction-api", "AuthApiRole, auth-api"})
  void onlyTheServiceAccountOfTheEnvironmentAssumesTheRole(String role, String serviceAccount) {
    List<Object> sub =
        list(
            map(properties(Templates.load("iam"), role).get("AssumeRolePolicyDocument"))
                .get("Fn::Sub"));
    assertThat(map(sub.get(1)))
        .containsEntry("ProviderArn", importOf("OidcProviderArn"))
        .containsEntry("Issuer", importOf("OidcIssuer"));
    String json =
        ((String) sub.get(0))
            .replace("${ProviderArn}", "arn:provider")
            .replace("${Issuer}", "issuer")
            .replace("${EnvironmentName}", "prod");
    Map<String, Object> statement =
        map(list(map(CloudFormationYaml.parser().load(json)).get("Statement")).get(0));
    assertThat(statement)
        .containsEntry("Effect", "Allow")
        .containsEntry("Action", "sts:AssumeRoleWithWebIdentity")
        .containsEntry("Principal", Map.of("Federated", "arn:provider"));
    assertThat(statement.get("Condition"))
        .isEqualTo(
            Map.of(
                "StringEquals",
                Map.of(
                    "issuer:sub",
                    "system:serviceaccount:payfast-prod:" + serviceAccount,
                    "issuer:aud",
                    "sts.amazonaws.com")));
  }

  private static Map<String, Map<String, Object>> statementsOf(String role) {
    List<Object> policies = list(properties(Templates.load("iam"), role).get("Policies"));
    assertThat(policies).hasSize(1);
    return list(map(map(policies.get(0)).get("PolicyDocument")).get("Statement")).stream()
        .map(Templates::map)
        .collect(Collectors.toMap(s -> (String) s.get("Sid"), s -> s));
  }
}

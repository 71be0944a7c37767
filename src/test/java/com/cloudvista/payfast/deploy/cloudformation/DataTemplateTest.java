package com.cloudvista.payfast.deploy.cloudformation;

import static com.cloudvista.payfast.deploy.cloudformation.Templates.ifProd;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.importOf;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.list;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.map;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.properties;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataTemplateTest {

  private final Map<String, Object> data = Templates.load("data");

  @ParameterizedTest
  @CsvSource({"DbSecurityGroup, 5432", "RedisSecurityGroup, 6379"})
  void onlyTheNodesReachTheDataStoresOnTheirPort(String group, int port) {
    List<Object> ingress = list(properties(data, group).get("SecurityGroupIngress"));
    assertThat(ingress).hasSize(1);
    assertThat(map(ingress.get(0)))
        .containsEntry("IpProtocol", "tcp")
        .containsEntry("FromPort", port)
        .containsEntry("ToPort", port)
        .containsEntry("SourceSecurityGroupId", importOf("NodeSecurityGroupId"))
        .doesNotContainKeys("CidrIp", "CidrIpv6", "SourcePrefixListId");
    // No stand-alone ingress rules that would widen the groups.
    assertThat(Templates.ofType(data, "AWS::EC2::SecurityGroupIngress")).isEmpty();
    // And the import really is the node group the network stack exports.
    Map<String, Object> export =
        map(
            map(map(Templates.load("network").get("Outputs")).get("NodeSecurityGroupId"))
                .get("Export"));
    assertThat(export.get("Name"))
        .isEqualTo(Map.of("Fn::Sub", "payfast-${EnvironmentName}-NodeSecurityGroupId"));
    assertThat(
            map(map(Templates.load("network").get("Outputs")).get("NodeSecurityGroupId"))
                .get("Value"))
        .isEqualTo(ref("NodeSecurityGroup"));
  }

  @Test
  void postgresIsEncryptedTlsOnlyAndKeepsItsPasswordInSecretsManager() {
    Map<String, Object> db = properties(data, "Database");
    assertThat(db)
        .containsEntry("Engine", "postgres")
        .containsEntry("StorageEncrypted", true)
        .containsEntry("KmsKeyId", ref("DataKey"))
        .containsEntry("ManageMasterUserPassword", true)
        .containsEntry("PubliclyAccessible", false)
        .containsEntry("DBParameterGroupName", ref("DbParameterGroup"))
        .containsEntry("BackupRetentionPeriod", ref("DbBackupRetentionDays"))
        .doesNotContainKey("MasterUserPassword");
    assertThat(map(db.get("MasterUserSecret"))).containsEntry("KmsKeyId", ref("DataKey"));
    assertThat(list(db.get("VPCSecurityGroups"))).containsExactly(ref("DbSecurityGroup"));
    assertThat(map(properties(data, "DbParameterGroup").get("Parameters")))
        .containsEntry("rds.force_ssl", "1");
    assertThat(properties(data, "DbSubnetGroup").get("SubnetIds"))
        .isEqualTo(Map.of("Fn::Split", List.of(",", importOf("DatabaseSubnetIds"))));
  }

  @Test
  void postgresIsMultiAzAndDeletionProtectedInProd() {
    Map<String, Object> db = properties(data, "Database");
    assertThat(db.get("MultiAZ")).isEqualTo(ifProd(true, false));
    assertThat(db.get("DeletionProtection")).isEqualTo(ifProd(true, false));
    assertThat(Templates.resource(data, "Database")).containsEntry("DeletionPolicy", "Snapshot");
  }

  @ParameterizedTest
  @CsvSource({"dev, 1", "staging, 7", "prod, 30"})
  void backupRetentionPerEnvironment(String environment, int minimumDays) {
    int days = Integer.parseInt(Templates.parameters(environment).get("DbBackupRetentionDays"));
    assertThat(days).isGreaterThanOrEqualTo(minimumDays).isLessThanOrEqualTo(35);
  }

  @Test
  void redisEncryptsAtRestAndInTransitWithAGeneratedAuthToken() {
    Map<String, Object> redis = properties(data, "Redis");
    assertThat(redis)
        .containsEntry("AtRestEncryptionEnabled", true)
        .containsEntry("TransitEncryptionEnabled", true)
        .containsEntry("KmsKeyId", ref("DataKey"))
        .containsEntry("Port", 6379)
        .containsEntry(
            "AuthToken", Map.of("Fn::Sub", "{{resolve:secretsmanager:${RedisAuthSecret}}}"));
    assertThat(list(redis.get("SecurityGroupIds"))).containsExactly(ref("RedisSecurityGroup"));
    assertThat(redis.get("MultiAZEnabled")).isEqualTo(ifProd(true, false));

    Map<String, Object> secret = properties(data, "RedisAuthSecret");
    assertThat(secret).doesNotContainKey("SecretString").containsEntry("KmsKeyId", ref("DataKey"));
    Map<String, Object> generate = map(secret.get("GenerateSecretString"));
    assertThat((Integer) generate.get("PasswordLength")).isBetween(16, 128);
    assertThat(generate).containsEntry("ExcludePunctuation", true);
  }

  @Test
  void thePagingCursorKeyIsGeneratedEncryptedAndExported() {
    Map<String, Object> secret = properties(data, "PagingCursorSecret");
    assertThat(secret).doesNotContainKey("SecretString").containsEntry("KmsKeyId", ref("DataKey"));
    assertThat((Integer) map(secret.get("GenerateSecretString")).get("PasswordLength"))
        .isGreaterThanOrEqualTo(32);
    assertThat(map(map(data.get("Outputs")).get("PagingCursorSecretArn")).get("Value"))
        .isEqualTo(ref("PagingCursorSecret"));
  }

  /**
   * RDS stops creating old minors, and with AutoMinorVersionUpgrade a pinned minor falls behind the
   * instance and breaks the next stack update. Only the major is pinned; RDS picks its current
   * minor and upgrades it.
   */
  @Test
  void postgresPinsTheMajorVersionOnly() {
    Map<String, Object> parameter = map(map(data.get("Parameters")).get("DbEngineVersion"));
    String major = String.valueOf(parameter.get("Default"));
    assertThat(major).as("DbEngineVersion default").matches("\\d+");
    for (String environment : Templates.ENVIRONMENTS) {
      assertThat(Templates.parameters(environment).getOrDefault("DbEngineVersion", major))
          .as("DbEngineVersion in %s.json", environment)
          .matches("\\d+");
    }
    assertThat(parameter.get("AllowedPattern"))
        .as("only a major is accepted")
        .isEqualTo("^[0-9]+$");
    assertThat(properties(data, "Database"))
        .containsEntry("EngineVersion", ref("DbEngineVersion"))
        .containsEntry("AutoMinorVersionUpgrade", true);
    assertThat(properties(data, "DbParameterGroup"))
        .containsEntry("Family", Map.of("Fn::Sub", "postgres${DbEngineVersion}"));
  }

  /**
   * Node volumes are encrypted with the data key, so the Auto Scaling service-linked role needs it.
   */
  @Test
  void autoScalingMayUseTheDataKeyForNodeVolumesOnlyThroughEc2() {
    List<Object> statements =
        list(map(properties(data, "DataKey").get("KeyPolicy")).get("Statement"));
    Map<String, Object> autoScaling =
        statements.stream()
            .map(Templates::map)
            .filter(s -> "AutoScalingUsesTheKeyForNodeVolumes".equals(s.get("Sid")))
            .findFirst()
            .orElseThrow();
    assertThat(autoScaling.get("Principal"))
        .isEqualTo(
            Map.of(
                "AWS",
                Map.of(
                    "Fn::Sub",
                    "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/autoscaling.amazonaws.com/"
                        + "AWSServiceRoleForAutoScaling")));
    assertThat(Templates.oneOrMany(autoScaling.get("Action")))
        .containsExactlyInAnyOrder(
            "kms:Encrypt",
            "kms:Decrypt",
            "kms:ReEncryptFrom",
            "kms:ReEncryptTo",
            "kms:GenerateDataKeyWithoutPlaintext",
            "kms:DescribeKey",
            "kms:CreateGrant");
    assertThat(autoScaling.get("Condition"))
        .isEqualTo(
            Map.of(
                "StringEquals",
                Map.of("kms:ViaService", Map.of("Fn::Sub", "ec2.${AWS::Region}.amazonaws.com"))));
  }

  @Test
  void dataKeyRotates() {
    assertThat(properties(data, "DataKey")).containsEntry("EnableKeyRotation", true);
    assertThat(map(map(data.get("Outputs")).get("DataKmsKeyId")).get("Value"))
        .isEqualTo(ref("DataKey"));
  }
}

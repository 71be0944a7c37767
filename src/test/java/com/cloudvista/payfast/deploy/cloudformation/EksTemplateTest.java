package com.cloudvista.payfast.deploy.cloudformation;

import static com.cloudvista.payfast.deploy.cloudformation.Templates.importOf;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.list;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.map;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EksTemplateTest {

  private static final Map<String, Object> PRIVATE_SUBNETS =
      Map.of("Fn::Split", List.of(",", importOf("PrivateSubnetIds")));

  private final Map<String, Object> eks = Templates.load("eks");

  @Test
  void clusterAndNodesRunInThePrivateSubnets() {
    Map<String, Object> vpcConfig = map(properties(eks, "Cluster").get("ResourcesVpcConfig"));
    assertThat(vpcConfig.get("SubnetIds")).isEqualTo(PRIVATE_SUBNETS);
    assertThat(vpcConfig.get("EndpointPrivateAccess")).isEqualTo(true);
    assertThat(properties(eks, "NodeGroup").get("Subnets")).isEqualTo(PRIVATE_SUBNETS);
  }

  @Test
  void nodesCarryTheNodeSecurityGroupAndNoInstanceMetadataForPods() {
    Map<String, Object> data = map(properties(eks, "NodeLaunchTemplate").get("LaunchTemplateData"));
    assertThat(list(data.get("SecurityGroupIds")))
        .containsExactly(
            importOf("NodeSecurityGroupId"),
            Map.of("Fn::GetAtt", List.of("Cluster", "ClusterSecurityGroupId")));
    assertThat(map(data.get("MetadataOptions")))
        .containsEntry("HttpTokens", "required")
        .containsEntry("HttpPutResponseHopLimit", 1);
    Map<String, Object> ebs = map(map(list(data.get("BlockDeviceMappings")).get(0)).get("Ebs"));
    assertThat(ebs)
        .containsEntry("Encrypted", true)
        .containsEntry("KmsKeyId", importOf("DataKmsKeyArn"));
  }

  /**
   * End of standard support per EKS version (EKS Kubernetes version calendar; check with {@code aws
   * eks describe-cluster-versions}). After it EKS bills extended support, and after that it
   * upgrades the control plane by itself.
   */
  private static final Map<String, LocalDate> END_OF_STANDARD_SUPPORT =
      Map.of(
          "1.31",
          LocalDate.of(2025, 11, 26),
          "1.32",
          LocalDate.of(2026, 3, 23),
          "1.33",
          LocalDate.of(2026, 7, 29),
          "1.34",
          LocalDate.of(2026, 12, 2),
          "1.35",
          LocalDate.of(2027, 3, 27));

  /**
   * One value for every environment, in one place (the template's default), in standard support
   * today.
   */
  @Test
  void kubernetesVersionIsOneParameterInStandardSupport() {
    for (String environment : Templates.ENVIRONMENTS) {
      assertThat(Templates.parameters(environment))
          .as("%s.json", environment)
          .doesNotContainKey("KubernetesVersion");
    }
    String version =
        String.valueOf(map(map(eks.get("Parameters")).get("KubernetesVersion")).get("Default"));
    assertThat(END_OF_STANDARD_SUPPORT).as("known EKS versions").containsKey(version);
    assertThat(END_OF_STANDARD_SUPPORT.get(version))
        .as("end of standard support of %s", version)
        .isAfter(LocalDate.now().plusMonths(2));
    assertThat(properties(eks, "Cluster"))
        .containsEntry("Version", Templates.ref("KubernetesVersion"));
  }

  /** The NetworkPolicies in kustomize/ do nothing unless the VPC CNI enforces them. */
  @Test
  void vpcCniEnforcesNetworkPolicies() {
    Map<String, Object> addon = properties(eks, "VpcCniAddon");
    assertThat(addon)
        .containsEntry("AddonName", "vpc-cni")
        .containsEntry("ClusterName", Templates.ref("Cluster"));
    Map<String, Object> values =
        map(CloudFormationYaml.parser().load((String) addon.get("ConfigurationValues")));
    assertThat(values).containsEntry("enableNetworkPolicy", "true");
  }

  @Test
  void oidcProviderTrustsStsAudienceOfThisCluster() {
    Map<String, Object> provider = properties(eks, "OidcProvider");
    assertThat(provider.get("Url"))
        .isEqualTo(Map.of("Fn::GetAtt", List.of("Cluster", "OpenIdConnectIssuerUrl")));
    assertThat(list(provider.get("ClientIdList"))).containsExactly("sts.amazonaws.com");
    assertThat(map(map(eks.get("Outputs")).get("OidcProviderArn")).get("Value"))
        .isEqualTo(Templates.ref("OidcProvider"));
  }

  @Test
  void kubernetesSecretsAreEncryptedWithTheDataKey() {
    Map<String, Object> encryption =
        map(list(properties(eks, "Cluster").get("EncryptionConfig")).get(0));
    assertThat(list(encryption.get("Resources"))).containsExactly("secrets");
    assertThat(map(encryption.get("Provider")).get("KeyArn")).isEqualTo(importOf("DataKmsKeyArn"));
  }
}

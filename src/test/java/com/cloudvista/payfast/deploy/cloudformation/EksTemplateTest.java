package com.cloudvista.payfast.deploy.cloudformation;

import static com.cloudvista.payfast.deploy.cloudformation.Templates.importOf;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.list;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.map;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.properties;
import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(list(data.get("SecurityGroupIds"))).containsExactly(importOf("NodeSecurityGroupId"),
                Map.of("Fn::GetAtt", List.of("Cluster", "ClusterSecurityGroupId")));
        assertThat(map(data.get("MetadataOptions"))).containsEntry("HttpTokens", "required")
                .containsEntry("HttpPutResponseHopLimit", 1);
        Map<String, Object> ebs = map(map(list(data.get("BlockDeviceMappings")).get(0)).get("Ebs"));
        assertThat(ebs).containsEntry("Encrypted", true);
    }

    @Test
    void oidcProviderTrustsStsAudienceOfThisCluster() {
        Map<String, Object> provider = properties(eks, "OidcProvider");
        assertThat(provider.get("Url")).isEqualTo(Map.of("Fn::GetAtt", List.of("Cluster", "OpenIdConnectIssuerUrl")));
        assertThat(list(provider.get("ClientIdList"))).containsExactly("sts.amazonaws.com");
        assertThat(map(map(eks.get("Outputs")).get("OidcProviderArn")).get("Value"))
                .isEqualTo(Templates.ref("OidcProvider"));
    }

    @Test
    void kubernetesSecretsAreEncryptedWithTheDataKey() {
        Map<String, Object> encryption = map(list(properties(eks, "Cluster").get("EncryptionConfig")).get(0));
        assertThat(list(encryption.get("Resources"))).containsExactly("secrets");
        assertThat(map(encryption.get("Provider")).get("KeyArn")).isEqualTo(importOf("DataKmsKeyArn"));
    }
}

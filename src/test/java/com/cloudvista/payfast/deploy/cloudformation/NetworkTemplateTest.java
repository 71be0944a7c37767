package com.cloudvista.payfast.deploy.cloudformation;

import static com.cloudvista.payfast.deploy.cloudformation.Templates.list;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.map;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.properties;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkTemplateTest {

  private final Map<String, Object> network = Templates.load("network");

  @ParameterizedTest
  @CsvSource({"dev, 10.0.0.0/16", "staging, 10.1.0.0/16", "prod, 10.2.0.0/16"})
  void vpcCidrPerEnvironment(String environment, String cidr) {
    assertThat(Templates.parameters(environment))
        .containsEntry("VpcCidr", cidr)
        .containsEntry("EnvironmentName", environment);
    assertThat(properties(network, "Vpc").get("CidrBlock")).isEqualTo(ref("VpcCidr"));
  }

  /**
   * Evaluates each subnet's !Sub with the environment's second octet: nine distinct /20s in the
   * VPC.
   */
  @ParameterizedTest
  @CsvSource({"dev, 0", "staging, 1", "prod, 2"})
  void subnetCidrsAreDistinctSlicesOfTheVpc(String environment, String octet) {
    List<String> cidrs = new ArrayList<>();
    for (String tier : List.of("Public", "Private", "Database")) {
      for (int az = 1; az <= 3; az++) {
        Map<String, Object> sub = map(properties(network, tier + "Subnet" + az).get("CidrBlock"));
        List<Object> args = list(sub.get("Fn::Sub"));
        assertThat(map(args.get(1)).get("Octet"))
            .isEqualTo(
                Map.of(
                    "Fn::Select", List.of(1, Map.of("Fn::Split", List.of(".", ref("VpcCidr"))))));
        cidrs.add(((String) args.get(0)).replace("${Octet}", octet));
      }
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      expected.add("10." + octet + "." + (i * 16) + ".0/20");
    }
    assertThat(cidrs).containsExactlyElementsOf(expected);
  }

  @Test
  void everyTierSpansThreeAvailabilityZones() {
    for (String tier : List.of("Public", "Private", "Database")) {
      List<Object> zones = new ArrayList<>();
      for (int az = 1; az <= 3; az++) {
        zones.add(properties(network, tier + "Subnet" + az).get("AvailabilityZone"));
      }
      assertThat(zones)
          .as(tier)
          .containsExactly(
              Map.of("Fn::Select", List.of(0, Map.of("Fn::GetAZs", ""))),
              Map.of("Fn::Select", List.of(1, Map.of("Fn::GetAZs", ""))),
              Map.of("Fn::Select", List.of(2, Map.of("Fn::GetAZs", ""))));
    }
    assertThat(Templates.ofType(network, "AWS::EC2::Subnet")).hasSize(9);
  }

  @Test
  void natGatewayPerAzInProdOnlyOneElsewhere() {
    assertThat(map(network.get("Conditions")).get("IsProd"))
        .isEqualTo(Map.of("Fn::Equals", List.of(ref("EnvironmentName"), "prod")));
    Map<String, Map<String, Object>> nats = Templates.ofType(network, "AWS::EC2::NatGateway");
    assertThat(nats).containsOnlyKeys("NatGateway1", "NatGateway2", "NatGateway3");
    assertThat(nats.get("NatGateway1")).doesNotContainKey("Condition");
    assertThat(nats.get("NatGateway2")).containsEntry("Condition", "IsProd");
    assertThat(nats.get("NatGateway3")).containsEntry("Condition", "IsProd");
    assertThat(properties(network, "PrivateDefaultRoute1").get("NatGatewayId"))
        .isEqualTo(ref("NatGateway1"));
    assertThat(properties(network, "PrivateDefaultRoute2").get("NatGatewayId"))
        .isEqualTo(Templates.ifProd(ref("NatGateway2"), ref("NatGateway1")));
    assertThat(properties(network, "PrivateDefaultRoute3").get("NatGatewayId"))
        .isEqualTo(Templates.ifProd(ref("NatGateway3"), ref("NatGateway1")));
  }

  @Test
  void databaseSubnetsHaveNoRouteOut() {
    Templates.ofType(network, "AWS::EC2::Route")
        .values()
        .forEach(
            route ->
                assertThat(map(route.get("Properties")).get("RouteTableId"))
                    .isNotEqualTo(ref("DatabaseRouteTable")));
    for (int az = 1; az <= 3; az++) {
      assertThat(
              properties(network, "DatabaseSubnet" + az + "RouteTableAssociation")
                  .get("RouteTableId"))
          .isEqualTo(ref("DatabaseRouteTable"));
    }
  }

  @Test
  void s3GatewayEndpointServesThePrivateSubnets() {
    Map<String, Object> endpoint = properties(network, "S3GatewayEndpoint");
    assertThat(endpoint.get("VpcEndpointType")).isEqualTo("Gateway");
    assertThat(endpoint.get("ServiceName"))
        .isEqualTo(Map.of("Fn::Sub", "com.amazonaws.${AWS::Region}.s3"));
    assertThat(list(endpoint.get("RouteTableIds")))
        .containsExactlyInAnyOrder(
            ref("PrivateRouteTable1"), ref("PrivateRouteTable2"), ref("PrivateRouteTable3"));
  }

  @Test
  void nodesAcceptOnlyTheAppPortFromTheAlb() {
    assertThat(map(map(network.get("Parameters")).get("AppPort")).get("Default")).isEqualTo(9080);
    assertThat(properties(network, "NodeSecurityGroup")).doesNotContainKey("SecurityGroupIngress");
    List<Map<String, Object>> rules =
        Templates.ofType(network, "AWS::EC2::SecurityGroupIngress").values().stream()
            .map(r -> map(r.get("Properties")))
            .filter(p -> ref("NodeSecurityGroup").equals(p.get("GroupId")))
            .toList();
    assertThat(rules).hasSize(1);
    assertThat(rules.get(0))
        .containsEntry("IpProtocol", "tcp")
        .containsEntry("FromPort", ref("AppPort"))
        .containsEntry("ToPort", ref("AppPort"))
        .containsEntry("SourceSecurityGroupId", ref("AlbSecurityGroup"))
        .doesNotContainKeys("CidrIp", "CidrIpv6", "SourcePrefixListId");
  }

  @Test
  void albAcceptsHttpsFromCloudFrontOnly() {
    List<Object> ingress =
        list(properties(network, "AlbSecurityGroup").get("SecurityGroupIngress"));
    assertThat(ingress).hasSize(1);
    assertThat(map(ingress.get(0)))
        .containsEntry("IpProtocol", "tcp")
        .containsEntry("FromPort", 443)
        .containsEntry("ToPort", 443)
        .containsEntry("SourcePrefixListId", ref("CloudFrontPrefixListId"))
        .doesNotContainKeys("CidrIp", "CidrIpv6");
    assertThat(map(map(network.get("Parameters")).get("CloudFrontPrefixListId")).get("Default"))
        .isEqualTo("pl-3b927c52");
  }

  @Test
  void bastionIsReachableOnlyThroughSessionManager() {
    assertThat(properties(network, "BastionSecurityGroup"))
        .doesNotContainKey("SecurityGroupIngress");
    Templates.ofType(network, "AWS::EC2::SecurityGroupIngress")
        .values()
        .forEach(
            rule ->
                assertThat(map(rule.get("Properties")).get("GroupId"))
                    .isNotEqualTo(ref("BastionSecurityGroup")));
    Map<String, Object> bastion = properties(network, "Bastion");
    assertThat(bastion).doesNotContainKey("KeyName");
    assertThat(list(properties(network, "BastionRole").get("ManagedPolicyArns")))
        .containsExactly(
            Map.of(
                "Fn::Sub", "arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"));
    assertThat(
            map(
                map(properties(network, "BastionLaunchTemplate").get("LaunchTemplateData"))
                    .get("MetadataOptions")))
        .containsEntry("HttpTokens", "required");
  }

  /**
   * Without an inline egress list the ALB group keeps the default allow-all egress, whatever
   * standalone rules are added: its only way out is the application port on the nodes.
   */
  @Test
  void albSendsOnlyToThePodsOnTheApplicationPort() {
    List<Object> egress = list(properties(network, "AlbSecurityGroup").get("SecurityGroupEgress"));
    assertThat(egress)
        .singleElement()
        .satisfies(
            rule ->
                assertThat(map(rule))
                    .containsEntry("IpProtocol", "tcp")
                    .containsEntry("FromPort", ref("AppPort"))
                    .containsEntry("ToPort", ref("AppPort"))
                    .containsEntry("DestinationSecurityGroupId", ref("NodeSecurityGroup"))
                    .doesNotContainKeys("CidrIp", "CidrIpv6"));
    assertThat(Templates.ofType(network, "AWS::EC2::SecurityGroupEgress")).isEmpty();
    List<Object> ingress =
        list(properties(network, "AlbSecurityGroup").get("SecurityGroupIngress"));
    assertThat(ingress)
        .singleElement()
        .satisfies(rule -> assertThat(map(rule)).containsEntry("FromPort", 443));
  }
}

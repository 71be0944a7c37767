package com.cloudvista.payfast.deploy.cloudformation;

import static com.cloudvista.payfast.deploy.cloudformation.Templates.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What ties the stacks together and to the Kustomize overlays: outputs, exports, imports,
 * parameters.
 */
class StackContractTest {

  /** Output names the Kustomize overlays are written against. */
  private static final List<String> OVERLAY_OUTPUTS =
      List.of(
          "VpcId",
          "PrivateSubnetIds",
          "PublicSubnetIds",
          "DatabaseSubnetIds",
          "AlbSecurityGroupId",
          "NodeSecurityGroupId",
          "ClusterName",
          "OidcProviderArn",
          "DbEndpoint",
          "DbPort",
          "DbMasterSecretArn",
          "RedisPrimaryEndpoint",
          "RedisPort",
          "RedisAuthSecretArn",
          "PagingCursorSecretArn",
          "DataKmsKeyArn",
          "DataKmsKeyId",
          "LogsBucketName",
          "ReportsBucketName",
          "FrontendBucketName",
          "CognitoUserPoolId",
          "CognitoWebClientId",
          "CognitoServerClientId",
          "CognitoDomain",
          "AuthApiRoleArn",
          "TransactionApiRoleArn",
          "AlbWebAclArn",
          "CloudFrontDomainName",
          "CloudFrontDistributionId");

  @Test
  void everyOutputTheOverlaysNeedExists() {
    Set<String> outputs = new HashSet<>();
    Templates.NAMES.forEach(
        name -> outputs.addAll(map(Templates.load(name).get("Outputs")).keySet()));
    assertThat(outputs).containsAll(OVERLAY_OUTPUTS);
  }

  /**
   * Each !ImportValue names an export that some stack really declares (same payfast-${env}-X
   * scheme).
   */
  @Test
  void everyImportHasAMatchingExport() {
    Set<Object> exports = new HashSet<>();
    List<Object> imports = new ArrayList<>();
    for (String name : Templates.NAMES) {
      Map<String, Object> template = Templates.load(name);
      map(template.get("Outputs"))
          .values()
          .forEach(
              output -> {
                Object export = map(output).get("Export");
                if (export != null) {
                  exports.add(map(export).get("Name"));
                }
              });
      collectImports(template.get("Resources"), imports);
    }
    assertThat(imports).hasSizeGreaterThan(10);
    assertThat(exports).containsAll(imports);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void parameterFileSetsEveryParameterWithoutDefault(String environment) {
    Map<String, String> values = Templates.parameters(environment);
    assertThat(values).containsEntry("EnvironmentName", environment);
    for (String name : Templates.NAMES) {
      map(Templates.load(name).get("Parameters"))
          .forEach(
              (key, definition) -> {
                // Scope is the one per-stack value: deploy.sh passes it for waf-alb /
                // waf-cloudfront.
                if (!map(definition).containsKey("Default") && !key.equals("Scope")) {
                  assertThat(values).as("%s.json for %s.yaml", environment, name).containsKey(key);
                }
              });
    }
  }

  private static void collectImports(Object node, List<Object> imports) {
    if (node instanceof Map<?, ?> m) {
      if (m.containsKey("Fn::ImportValue")) {
        imports.add(m.get("Fn::ImportValue"));
      }
      m.values().forEach(v -> collectImports(v, imports));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collectImports(v, imports));
    }
  }
}

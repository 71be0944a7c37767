package com.cloudvista.payfast.deploy.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.deploy.NodeScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the templates against today's CloudFormation resource schemas (npm
 * {@code @aws-cdk/aws-service-spec}, generated from the CloudFormation registry) with
 * build-tools/cfn-schema/validate.js: resource types, property names at every depth, required
 * properties, Fn::GetAtt attributes, Refs, conditions, dependency cycles, and every Fn::ImportValue
 * against an Export of a stack deployed before it. cfn-lint's 2019 specification ({@link
 * CloudFormationLintTest}) cannot see any of that for the resource types added since.
 */
class CloudFormationSchemaTest {

  private static NodeScript.Result validate(List<Path> templates) {
    return NodeScript.run(
        "cfn-schema/validate.js", templates.stream().map(Path::toString).toList(), null);
  }

  /** In deploy order (Templates.NAMES), so an import of a later stack's export is an error too. */
  @Test
  void everyTemplateMatchesTheCurrentResourceSchemas() {
    NodeScript.Result result =
        validate(Templates.NAMES.stream().map(Templates::templateFile).toList());
    assertThat(result.output())
        .contains("0 error(s) in " + Templates.NAMES.size() + " template(s)");
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  /** Negative controls: each kind of mistake is reported, with what is wrong and where. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
            misspelt top-level property | Properties: {Scope: REGIONAL, DefaultAktion: {Allow: {}}, VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: m}}                 | DefaultAktion is not a property of AWS::WAFv2::WebACL
            misspelt nested property    | Properties: {Scope: REGIONAL, DefaultAction: {Allow: {}}, VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricNam: m}}                 | MetricNam is not a property of VisibilityConfig
            missing required property   | Properties: {Scope: REGIONAL, DefaultAction: {Allow: {}}}                                                                                                                      | required property VisibilityConfig of AWS::WAFv2::WebACL is missing
            unknown GetAtt attribute    | Properties: {Scope: REGIONAL, Description: !GetAtt Acl.Endpoint, DefaultAction: {Allow: {}}, VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: m}} | AWS::WAFv2::WebACL has no attribute Endpoint
            dangling Ref                | Properties: {Scope: !Ref Nowhere, DefaultAction: {Allow: {}}, VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: m}}             | Ref Nowhere names no parameter, resource or pseudo parameter
            dangling Sub variable       | Properties: {Scope: REGIONAL, Name: !Sub 'acl-${Nowhere}', DefaultAction: {Allow: {}}, VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: m}} | Ref Nowhere names no parameter, resource or pseudo parameter
            self-reference cycle        | Properties: {Scope: REGIONAL, Name: !GetAtt Acl.Id, DefaultAction: {Allow: {}}, VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: m}} | dependency cycle: Acl -> Acl
            import without export       | Properties: {Scope: !ImportValue {'Fn::Sub': 'payfast-${AWS::StackName}-Nothing'}, DefaultAction: {Allow: {}}, VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: m}} | matches no Export of a template deployed before it
            unknown resource type       | Properties: {}                                                                                                                                                                 | unknown resource type AWS::WAFv2::WebAcl
            """)
  void reportsABrokenTemplate(String mistake, String properties, String expected, @TempDir Path dir)
      throws IOException {
    String type =
        mistake.equals("unknown resource type") ? "AWS::WAFv2::WebAcl" : "AWS::WAFv2::WebACL";
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(
        broken,
        """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Acl:
                    Type: %s
                    %s
                """
            .formatted(type, properties));

    NodeScript.Result result = validate(List.of(broken));

    assertThat(result.output()).as(mistake).contains(expected).doesNotContain("0 error(s)");
    assertThat(result.exitCode()).isNotZero();
  }

  /** An export only counts for the stacks deployed after it: edge cannot be imported by network. */
  @Test
  void anImportOfALaterStacksExportIsReported() {
    NodeScript.Result result =
        validate(List.of(Templates.templateFile("data"), Templates.templateFile("network")));
    assertThat(result.output())
        .contains("data.yaml: Fn::ImportValue {\"Fn::Sub\":\"payfast-${EnvironmentName}-VpcId\"}");
    assertThat(result.exitCode()).isNotZero();
  }
}

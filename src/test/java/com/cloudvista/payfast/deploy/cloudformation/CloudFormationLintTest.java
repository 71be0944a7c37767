package com.cloudvista.payfast.deploy.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs cfn-lint (npm, build-tools/) over every template with every environment's parameters.
 *
 * <p>The npm cfn-lint bundles a 2019 resource specification, so
 * build-tools/cfn-lint/spec-preload.js is loaded into it (NODE_OPTIONS=--require) to add the 2023
 * definitions of the resource types we use. Cross-stack imports get realistic values so ARN-typed
 * properties are checked as ARNs.
 */
class CloudFormationLintTest {

  private static final Pattern COUNT = Pattern.compile("(?m)^(\\d+) (infos|warn|crit)$");
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

  /**
   * Values the earlier stacks export, keyed by export suffix (payfast-&lt;env&gt;-&lt;suffix&gt;).
   */
  private static final Map<String, String> IMPORTS =
      Map.ofEntries(
          Map.entry("VpcId", "vpc-0a1b2c3d4e5f60718"),
          Map.entry("VpcCidr", "10.0.0.0/16"),
          Map.entry(
              "PublicSubnetIds",
              "subnet-0a000000000000001,subnet-0a000000000000002,subnet-0a000000000000003"),
          Map.entry(
              "PrivateSubnetIds",
              "subnet-0b000000000000001,subnet-0b000000000000002,subnet-0b000000000000003"),
          Map.entry(
              "DatabaseSubnetIds",
              "subnet-0c000000000000001,subnet-0c000000000000002,subnet-0c000000000000003"),
          Map.entry("AlbSecurityGroupId", "sg-0a1b2c3d4e5f60718"),
          Map.entry("NodeSecurityGroupId", "sg-0f1e2d3c4b5a69788"),
          Map.entry(
              "DataKmsKeyArn",
              "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
          Map.entry("LogsBucketName", "payfast-env-logs-123456789012"),
          Map.entry("ReportsBucketName", "payfast-env-reports-123456789012"),
          Map.entry(
              "CognitoUserPoolArn",
              "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbCdEfGhI"),
          Map.entry(
              "OidcProviderArn",
              "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF"),
          Map.entry("OidcIssuer", "oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF"),
          Map.entry(
              "CloudFrontWebAclArn",
              "arn:aws:wafv2:us-east-1:123456789012:global/webacl/payfast-env-cloudfront/0123abcd"));

  static Stream<Arguments> templatesPerEnvironment() {
    List<Arguments> runs = new ArrayList<>();
    for (String environment : Templates.ENVIRONMENTS) {
      for (String template : Templates.NAMES) {
        if (template.equals("waf")) {
          runs.add(Arguments.of(template, environment, Map.of("Scope", "REGIONAL")));
          runs.add(Arguments.of(template, environment, Map.of("Scope", "CLOUDFRONT")));
        } else {
          runs.add(Arguments.of(template, environment, Map.of()));
        }
      }
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "{0}.yaml with {1} parameters {2}")
  @MethodSource("templatesPerEnvironment")
  void templatePassesCfnLint(String template, String environment, Map<String, String> extra)
      throws Exception {
    Map<String, String> parameters = new LinkedHashMap<>();
    Map<String, Object> declared = Templates.map(Templates.load(template).get("Parameters"));
    Templates.parameters(environment)
        .forEach(
            (key, value) -> {
              if (declared.containsKey(key)) {
                parameters.put(key, value);
              }
            });
    parameters.putAll(extra);

    LintResult result =
        lint(Templates.templateFile(template), parameters, importValues(environment));

    assertThat(result.crit)
        .as("cfn-lint errors for %s (%s):%n%s", template, environment, result.output)
        .isZero();
    assertThat(result.warn)
        .as("cfn-lint warnings for %s (%s):%n%s", template, environment, result.output)
        .isZero();
    assertThat(result.exitCode).as("cfn-lint exit code:%n%s", result.output).isZero();
  }

  /**
   * Proves the linter really checks the supplemented types: a misspelt WAFv2 property must fail.
   */
  @Test
  void linterRejectsAnInvalidTemplate() throws Exception {
    Path broken = Files.createTempFile("broken-waf", ".yaml");
    Files.writeString(
        broken,
        """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Acl:
                    Type: AWS::WAFv2::WebACL
                    Properties:
                      Scope: REGIONAL
                      DefaultAktion:
                        Allow: {}
                      VisibilityConfig:
                        SampledRequestsEnabled: true
                        CloudWatchMetricsEnabled: true
                        MetricName: broken
                """);
    try {
      LintResult result = lint(broken, Map.of(), Map.of());
      assertThat(result.crit).as(result.output).isGreaterThan(0);
      assertThat(result.output).contains("DefaultAktion is not a valid property");
      assertThat(result.exitCode).isNotZero();
    } finally {
      Files.deleteIfExists(broken);
    }
  }

  /**
   * Every export under its real name, and under the name this cfn-lint computes for it: its Fn::Sub
   * keeps the "${}" around substituted values (payfast-${dev}-VpcId), so both spellings are
   * registered.
   */
  private static Map<String, String> importValues(String environment) {
    Map<String, String> values = new LinkedHashMap<>();
    IMPORTS.forEach(
        (suffix, value) -> {
          values.put("payfast-" + environment + "-" + suffix, value);
          values.put("payfast-${" + environment + "}-" + suffix, value);
        });
    return values;
  }

  private static LintResult lint(
      Path template, Map<String, String> parameters, Map<String, String> imports)
      throws IOException, InterruptedException {
    Path buildTools = Templates.projectDir().resolve("build-tools");
    Path cfnLint = buildTools.resolve("node_modules/.bin/cfn-lint");
    Path preload = buildTools.resolve("cfn-lint/spec-preload.js");
    if (!Files.isExecutable(cfnLint)) {
      fail(
          "cfn-lint is missing at "
              + cfnLint
              + ": run `./mvnw generate-test-resources` (npm ci in build-tools) first");
    }
    assertThat(preload).isRegularFile();

    List<String> command =
        new ArrayList<>(List.of(cfnLint.toString(), "validate", template.toString()));
    if (!parameters.isEmpty()) {
      command.add("--parameters");
      command.add(joinPairs(parameters));
    }
    command.add("--pseudo");
    command.add("AWS::Region=us-east-1,AWS::AccountId=123456789012");
    if (!imports.isEmpty()) {
      command.add("--import-values");
      command.add(joinPairs(imports));
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("NODE_OPTIONS", "--require " + preload);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("cfn-lint did not finish on " + template);
    }
    return LintResult.parse(ANSI.matcher(output).replaceAll(""), process.exitValue());
  }

  /**
   * key=value pairs joined by commas; commas inside values are escaped as cfn-lint's CLI expects.
   */
  private static String joinPairs(Map<String, String> pairs) {
    List<String> joined = new ArrayList<>();
    pairs.forEach((key, value) -> joined.add(key + "=" + value.replace(",", "\\,")));
    return String.join(",", joined);
  }

  private record LintResult(int crit, int warn, int exitCode, String output) {
    static LintResult parse(String output, int exitCode) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      Matcher matcher = COUNT.matcher(output);
      while (matcher.find()) {
        counts.put(matcher.group(2), Integer.parseInt(matcher.group(1)));
      }
      // No summary at all means the template could not even be parsed: count it as an error.
      int crit = counts.getOrDefault("crit", counts.containsKey("warn") ? 0 : 1);
      return new LintResult(crit, counts.getOrDefault("warn", 0), exitCode, output);
    }
  }
}

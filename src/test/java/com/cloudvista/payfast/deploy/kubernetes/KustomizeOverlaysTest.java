package com.cloudvista.payfast.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders every overlay with {@code kubectl kustomize} (what {@code kubectl apply -k} applies),
 * parses each document into fabric8's typed models with unknown fields rejected, and applies the
 * rules of {@link WorkloadPolicy}.
 */
class KustomizeOverlaysTest {

  /**
   * The outputs of the CloudFormation stack (issue #8) that the overlays take their values from.
   */
  static final Set<String> CLOUDFORMATION_OUTPUTS =
      Set.of(
          "VpcId",
          "AlbSecurityGroupId",
          "NodeSecurityGroupId",
          "ClusterName",
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
          "CognitoUserPoolId",
          "CognitoWebClientId",
          "CognitoServerClientId",
          "CognitoServerClientSecretArn",
          "CognitoDomain",
          "AuthApiRoleArn",
          "TransactionApiRoleArn",
          "AlbWebAclArn");

  /** Values that are not stack outputs but are set next to them. */
  static final Set<String> OTHER_VALUES =
      Set.of(
          "AwsRegion",
          "SiteDomainName",
          "AlbOriginDomainName",
          "CertificateArn",
          "AlbSubnetCidr1",
          "AlbSubnetCidr2",
          "AlbSubnetCidr3",
          "DatabaseSubnetCidr1",
          "DatabaseSubnetCidr2",
          "DatabaseSubnetCidr3");

  static List<HasMetadata> rendered(String env) {
    return Manifests.parse(Kubectl.kustomize(Project.overlay(env)));
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> outputs(String env) {
    try {
      String yaml =
          Files.readString(
              Project.overlay(env).resolve("cloudformation-outputs.yaml"), StandardCharsets.UTF_8);
      Map<String, Object> doc = Manifests.documents(yaml).get(0);
      Map<String, String> data = new LinkedHashMap<>();
      ((Map<String, Object>) doc.get("data")).forEach((k, v) -> data.put(k, String.valueOf(v)));
      return data;
    } catch (IOException e) {
      throw new AssertionError("Cannot read cloudformation-outputs.yaml of overlay " + env, e);
    }
  }

  @Test
  void kubectlHasKustomizeV5() {
    assertThat(Kubectl.kustomizeVersion())
        .as("kubectl's built-in kustomize (kubectl %s)", Kubectl.executable())
        .matches("v5\\.\\d+\\.\\d+.*");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void rendersAndEveryDocumentParsesStrictly(String env) {
    String yaml = Kubectl.kustomize(Project.overlay(env));
    List<Map<String, Object>> documents = Manifests.documents(yaml);
    List<HasMetadata> resources = Manifests.parse(yaml);

    assertThat(resources).hasSameSizeAs(documents);
    Map<String, Long> kinds =
        resources.stream()
            .collect(
                Collectors.groupingBy(
                    HasMetadata::getKind, java.util.TreeMap::new, Collectors.counting()));
    assertThat(kinds)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Namespace",
                1L,
                "ServiceAccount",
                2L,
                "ConfigMap",
                1L,
                "Service",
                2L,
                "Deployment",
                2L,
                "HorizontalPodAutoscaler",
                2L,
                "PodDisruptionBudget",
                2L,
                "Ingress",
                1L,
                "NetworkPolicy",
                2L));
    assertThat(resources)
        .extracting(r -> r.getMetadata().getName())
        .as("the local cloudformation-outputs ConfigMap is dropped from the render")
        .doesNotContain("cloudformation-outputs");
    assertThat(yaml).doesNotContain(WorkloadPolicy.PLACEHOLDER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void compliesWithTheDeploymentPolicy(String env) {
    assertThat(WorkloadPolicy.check(env, rendered(env), outputs(env))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void takesItsAwsValuesFromTheCloudFormationOutputs(String env) {
    Map<String, String> outputs = outputs(env);
    assertThat(outputs.keySet()).containsAll(CLOUDFORMATION_OUTPUTS).containsAll(OTHER_VALUES);
    assertThat(Set.copyOf(outputs.keySet()))
        .as("no unknown keys (typos would silently not be wired)")
        .isSubsetOf(
            Stream.concat(CLOUDFORMATION_OUTPUTS.stream(), OTHER_VALUES.stream())
                .collect(Collectors.toSet()));
    assertThat(outputs.get("DbPort")).isEqualTo("5432");
    assertThat(outputs.get("RedisPort")).isEqualTo("6379");
    assertThat(outputs.get("AuthApiRoleArn")).matches("arn:aws:iam::\\d{12}:role/.+");
    assertThat(outputs.get("TransactionApiRoleArn")).matches("arn:aws:iam::\\d{12}:role/.+");
    assertThat(outputs.get("AlbSecurityGroupId")).matches("sg-[0-9a-z]+");
    assertThat(outputs.get("AlbWebAclArn")).startsWith("arn:aws:wafv2:");
    assertThat(outputs.get("CertificateArn")).startsWith("arn:aws:acm:");

    List<HasMetadata> resources = rendered(env);
    ConfigMap config = Manifests.ofType(resources, ConfigMap.class).get(0);
    assertThat(config.getMetadata().getName()).startsWith("payfast-config-");
    assertThat(config.getData())
        .containsEntry("CFN_DB_ENDPOINT", outputs.get("DbEndpoint"))
        .containsEntry("CFN_DB_PORT", outputs.get("DbPort"))
        .containsEntry("CFN_REDIS_ENDPOINT", outputs.get("RedisPrimaryEndpoint"))
        .containsEntry("CFN_REDIS_PORT", outputs.get("RedisPort"))
        .containsEntry("PAYFAST_S3_LOGS_BUCKET", outputs.get("LogsBucketName"))
        .containsEntry("PAYFAST_S3_REPORTS_BUCKET", outputs.get("ReportsBucketName"))
        .containsEntry("PAYFAST_S3_KMS_KEY_ID", outputs.get("DataKmsKeyId"))
        .containsEntry("PAYFAST_S3_REGION", outputs.get("AwsRegion"))
        .containsEntry("PAYFAST_AUTH_PROVIDER", "cognito")
        .containsEntry("PAYFAST_AUTH_COGNITO_REGION", outputs.get("AwsRegion"))
        .containsEntry("PAYFAST_AUTH_COGNITO_USER_POOL_ID", outputs.get("CognitoUserPoolId"))
        .containsEntry("PAYFAST_AUTH_COGNITO_CLIENT_ID", outputs.get("CognitoServerClientId"))
        .containsEntry("PAYFAST_AUTH_COGNITO_DOMAIN", outputs.get("CognitoDomain"))
        // Users reach the API on the site's own origin (CloudFront sends /api/* and /auth/* to the
        // ALB).
        .containsEntry("PAYFAST_PUBLIC_URL", "https://" + outputs.get("SiteDomainName"))
        // The React UI's Cognito app client: its tokens are accepted next to the server client's.
        .containsEntry("PAYFAST_AUTH_APP_CLIENT_IDS", outputs.get("CognitoWebClientId"))
        // CloudFront and the ALB each append to X-Forwarded-For (ClientAddress).
        .containsEntry("PAYFAST_RATELIMIT_TRUSTED_PROXIES", "2")
        .doesNotContainKey("PAYFAST_LOG_FORMAT");

    // IRSA: the roles trust system:serviceaccount:payfast-<env>:<workload>.
    for (String workload : WorkloadPolicy.WORKLOADS) {
      ServiceAccount sa = Manifests.named(resources, ServiceAccount.class, workload);
      assertThat(sa.getMetadata().getNamespace()).isEqualTo("payfast-" + env);
      assertThat(sa.getAutomountServiceAccountToken()).isFalse();
    }
    Ingress ingress = Manifests.ofType(resources, Ingress.class).get(0);
    assertThat(ingress.getSpec().getRules())
        .singleElement()
        .satisfies(
            rule -> assertThat(rule.getHost()).isEqualTo(outputs.get("AlbOriginDomainName")));
  }

  /**
   * auth-api signs SignUp/InitiateAuth with SECRET_HASH: the server client's secret comes from a
   * Secret.
   */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void authApiGetsTheCognitoClientSecretFromASecret(String env) {
    List<HasMetadata> resources = rendered(env);
    for (Deployment d : Manifests.ofType(resources, Deployment.class)) {
      var secret =
          d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
              .filter(e -> e.getName().equals("PAYFAST_AUTH_COGNITO_CLIENT_SECRET"))
              .toList();
      if (d.getMetadata().getName().equals("auth-api")) {
        assertThat(secret)
            .singleElement()
            .satisfies(
                e -> {
                  assertThat(e.getValue()).isNull();
                  assertThat(e.getValueFrom().getSecretKeyRef().getName())
                      .isEqualTo("payfast-cognito");
                  assertThat(e.getValueFrom().getSecretKeyRef().getKey())
                      .isEqualTo("client-secret");
                });
      } else {
        assertThat(secret).as("only auth-api talks to Cognito").isEmpty();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void eachWorkloadRunsItsOwnModule(String env) {
    Map<String, String> expected = Map.of("auth-api", "auth", "transaction-api", "transactions");
    for (Deployment d : Manifests.ofType(rendered(env), Deployment.class)) {
      var env0 = d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
      assertThat(env0)
          .filteredOn(e -> e.getName().equals("PAYFAST_MODULES"))
          .singleElement()
          .satisfies(
              e -> assertThat(e.getValue()).isEqualTo(expected.get(d.getMetadata().getName())));
    }
  }

  @Test
  void environmentsDifferWhereTheyShould() {
    Map<String, Integer> replicas = new LinkedHashMap<>();
    for (String env : Project.OVERLAYS) {
      List<HasMetadata> resources = rendered(env);
      replicas.put(
          env,
          Manifests.named(resources, HorizontalPodAutoscaler.class, "transaction-api")
              .getSpec()
              .getMinReplicas());
      assertThat(Manifests.ofType(resources, Namespace.class))
          .singleElement()
          .satisfies(
              ns ->
                  assertThat(ns.getMetadata().getLabels())
                      .containsEntry("pod-security.kubernetes.io/enforce", "restricted")
                      .containsEntry("elbv2.k8s.aws/pod-readiness-gate-inject", "enabled"));
    }
    assertThat(replicas.get("dev")).isLessThan(replicas.get("prod"));
    assertThat(replicas.get("staging")).isLessThanOrEqualTo(replicas.get("prod"));
    var stagingPdb = Manifests.named(rendered("staging"), PodDisruptionBudget.class, "auth-api");
    assertThat(stagingPdb.getSpec().getMaxUnavailable().getIntVal())
        .as("staging keeps the base's maxUnavailable so that drains never block on two replicas")
        .isEqualTo(1);
    assertThat(
            Manifests.named(rendered("prod"), HorizontalPodAutoscaler.class, "auth-api")
                .getSpec()
                .getMaxReplicas())
        .isGreaterThan(
            Manifests.named(rendered("staging"), HorizontalPodAutoscaler.class, "auth-api")
                .getSpec()
                .getMaxReplicas());
    assertThat(Manifests.named(rendered("prod"), Service.class, "auth-api")).isNotNull();
    assertThat(Manifests.ofType(rendered("dev"), NetworkPolicy.class))
        .anySatisfy(
            np -> assertThat(np.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty());
  }

  /**
   * Overlays hold only their own values: a kustomization and the stack outputs; nothing points at a
   * sibling.
   */
  @Test
  void overlaysCopyNothingFromEachOther() throws IOException {
    Map<String, String> contents = new LinkedHashMap<>();
    for (String env : Project.OVERLAYS) {
      Path dir = Project.overlay(env);
      try (Stream<Path> files = Files.list(dir)) {
        Set<String> names =
            files
                .map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(names)
            .as("files of overlay %s", env)
            .containsExactlyInAnyOrder("kustomization.yaml", "cloudformation-outputs.yaml");
      }
      String kustomization =
          Files.readString(dir.resolve("kustomization.yaml"), StandardCharsets.UTF_8);
      for (String other : Project.OVERLAYS) {
        assertThat(kustomization)
            .as("overlay %s must not reference overlay %s", env, other)
            .doesNotContain("overlays/" + other)
            .doesNotContain("../" + other);
      }
      assertThat(kustomization)
          .contains("../../base")
          .contains("../../components/aws-wiring")
          .contains("namespace: payfast-" + env);
      contents.put(env, kustomization);
    }
    assertThat(Set.copyOf(contents.values())).hasSize(Project.OVERLAYS.length);
  }

  /**
   * A value missing from an overlay's outputs fails the render clearly instead of shipping a
   * placeholder.
   */
  @Test
  void aMissingCloudFormationOutputFailsTheRender() throws IOException {
    Path overlay = Project.basedir().resolve("target/kustomize-negative/overlays/missing-output");
    Files.createDirectories(overlay);
    String outputs =
        Files.readString(
                Project.overlay("dev").resolve("cloudformation-outputs.yaml"),
                StandardCharsets.UTF_8)
            .lines()
            .filter(line -> !line.trim().startsWith("AuthApiRoleArn:"))
            .collect(Collectors.joining("\n"));
    Files.writeString(
        overlay.resolve("cloudformation-outputs.yaml"), outputs, StandardCharsets.UTF_8);
    Path base = overlay.relativize(Project.kustomize().resolve("base"));
    Path wiring = overlay.relativize(Project.kustomize().resolve("components/aws-wiring"));
    Files.writeString(
        overlay.resolve("kustomization.yaml"),
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        namespace: payfast-dev
        resources:
          - %s
          - cloudformation-outputs.yaml
        components:
          - %s
        """
            .formatted(base, wiring),
        StandardCharsets.UTF_8);

    Kubectl.Result result = Kubectl.tryKustomize(overlay);

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stderr()).contains("AuthApiRoleArn");
  }
}

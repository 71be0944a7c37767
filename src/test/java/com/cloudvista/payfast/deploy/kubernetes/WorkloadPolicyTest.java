package com.cloudvista.payfast.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link WorkloadPolicy} reports a violation when the rendered prod (or staging)
 * manifests are broken in the way it guards against, so a passing {@link KustomizeOverlaysTest}
 * means something.
 */
class WorkloadPolicyTest {

  private static List<String> violationsAfter(String env, Consumer<List<HasMetadata>> breakIt) {
    List<HasMetadata> resources =
        KustomizeOverlaysTest.rendered(env); // fresh objects: parsed on every call
    assertThat(WorkloadPolicy.check(env, resources, KustomizeOverlaysTest.outputs(env)))
        .as("before")
        .isEmpty();
    breakIt.accept(resources);
    return WorkloadPolicy.check(env, resources, KustomizeOverlaysTest.outputs(env));
  }

  private static Deployment deployment(List<HasMetadata> resources, String name) {
    return Manifests.named(resources, Deployment.class, name);
  }

  private static Container app(List<HasMetadata> resources, String name) {
    return deployment(resources, name).getSpec().getTemplate().getSpec().getContainers().get(0);
  }

  @Test
  void rootContainer() {
    assertThat(
            violationsAfter(
                "prod",
                r -> {
                  app(r, "auth-api").getSecurityContext().setRunAsNonRoot(false);
                  app(r, "auth-api").getSecurityContext().setRunAsUser(0L);
                }))
        .anyMatch(v -> v.contains("runAsNonRoot"))
        .anyMatch(v -> v.contains("runAsUser"));
  }

  @Test
  void writableRootFilesystemInAnInitContainer() {
    assertThat(
            violationsAfter(
                "prod",
                r ->
                    deployment(r, "transaction-api")
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getInitContainers()
                        .get(0)
                        .getSecurityContext()
                        .setReadOnlyRootFilesystem(false)))
        .anyMatch(v -> v.contains("liberty-output") && v.contains("readOnlyRootFilesystem"));
  }

  @Test
  void missingProbeAndLimit() {
    assertThat(
            violationsAfter(
                "staging",
                r -> {
                  app(r, "auth-api").setReadinessProbe(null);
                  app(r, "auth-api").getResources().getLimits().remove("memory");
                }))
        .anyMatch(v -> v.contains("no readinessProbe"))
        .anyMatch(v -> v.contains("no memory limit"));
  }

  @Test
  void probeOnTheWrongEndpoint() {
    assertThat(
            violationsAfter(
                "dev",
                r -> app(r, "auth-api").getLivenessProbe().getHttpGet().setPath("/health/ready")))
        .anyMatch(v -> v.contains("livenessProbe must GET /health/live"));
  }

  @Test
  void latestTagOutsideDev() {
    assertThat(
            violationsAfter(
                "staging",
                r ->
                    app(r, "transaction-api")
                        .setImage("111122223333.dkr.ecr.us-east-1.amazonaws.com/payfast:latest")))
        .anyMatch(v -> v.contains("other than latest"));
    assertThat(
            violationsAfter(
                "prod",
                r ->
                    app(r, "transaction-api")
                        .setImage("111122223333.dkr.ecr.us-east-1.amazonaws.com/payfast")))
        .anyMatch(v -> v.contains("explicit tag"));
  }

  @Test
  void latestTagIsAllowedInDev() {
    assertThat(app(KustomizeOverlaysTest.rendered("dev"), "auth-api").getImage())
        .endsWith(":latest");
  }

  @Test
  void workloadNotSelectedByANetworkPolicy() {
    assertThat(
            violationsAfter(
                "prod",
                r -> {
                  deployment(r, "auth-api")
                      .getSpec()
                      .getTemplate()
                      .getMetadata()
                      .getLabels()
                      .put("app.kubernetes.io/component", "other");
                  Manifests.ofType(r, NetworkPolicy.class)
                      .forEach(
                          np -> {
                            if (np.getSpec().getPodSelector().getMatchLabels() == null
                                || np.getSpec().getPodSelector().getMatchLabels().isEmpty()) {
                              np.getSpec()
                                  .getPodSelector()
                                  .setMatchLabels(Map.of("app.kubernetes.io/name", "nothing"));
                            }
                          });
                }))
        .anyMatch(v -> v.contains("Deployment auth-api: no NetworkPolicy with policyType Ingress"));
  }

  @Test
  void egressToAnUnexpectedPort() {
    assertThat(
            violationsAfter(
                "prod",
                r ->
                    Manifests.named(r, NetworkPolicy.class, "payfast-api")
                        .getSpec()
                        .getEgress()
                        .get(2)
                        .getPorts()
                        .get(0)
                        .setPort(new IntOrString(80))))
        .anyMatch(v -> v.contains("egress port"));
  }

  @Test
  void ingressRoutedToTheWrongService() {
    assertThat(
            violationsAfter(
                "prod",
                r ->
                    Manifests.ofType(r, Ingress.class)
                        .get(0)
                        .getSpec()
                        .getRules()
                        .get(0)
                        .getHttp()
                        .getPaths()
                        .get(0)
                        .getBackend()
                        .getService()
                        .setName("transaction-api")))
        .anyMatch(v -> v.contains("routes must be"));
  }

  @Test
  void preStopShorterThanDeregistration() {
    assertThat(
            violationsAfter(
                "prod",
                r ->
                    app(r, "auth-api")
                        .getLifecycle()
                        .getPreStop()
                        .getExec()
                        .setCommand(List.of("sleep", "10"))))
        .anyMatch(v -> v.contains("longer than the ALB deregistration delay"));
  }

  @Test
  void roleArnNotFromTheStackOutputs() {
    assertThat(
            violationsAfter(
                "prod",
                r ->
                    Manifests.named(
                            r, io.fabric8.kubernetes.api.model.ServiceAccount.class, "auth-api")
                        .getMetadata()
                        .getAnnotations()
                        .put("eks.amazonaws.com/role-arn", "arn:aws:iam::111122223333:role/other")))
        .anyMatch(v -> v.contains("differs from CloudFormation output AuthApiRoleArn"));
  }

  @Test
  void unresolvedEnvironmentReference() {
    assertThat(
            violationsAfter(
                "dev",
                r ->
                    app(r, "auth-api").getEnv().stream()
                        .filter(e -> e.getName().equals("PAYFAST_DB_URL"))
                        .findFirst()
                        .orElseThrow()
                        .setValue("jdbc:postgresql://$(DB_HOTS):5432/payfast")))
        .anyMatch(v -> v.contains("$(DB_HOTS)"));
  }

  @Test
  void prodTooSmallOrTooLoose() {
    assertThat(
            violationsAfter(
                "prod",
                r -> {
                  Manifests.named(r, HorizontalPodAutoscaler.class, "auth-api")
                      .getSpec()
                      .setMinReplicas(2);
                  PodDisruptionBudget pdb =
                      Manifests.named(r, PodDisruptionBudget.class, "transaction-api");
                  pdb.getSpec().setMinAvailable(new IntOrString(1));
                }))
        .anyMatch(v -> v.contains("prod minReplicas must be at least 3"))
        .anyMatch(v -> v.contains("minAvailable >= 2"));
  }

  @Test
  void missingZoneSpread() {
    assertThat(
            violationsAfter(
                "prod",
                r ->
                    deployment(r, "transaction-api")
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .setTopologySpreadConstraints(List.of())))
        .anyMatch(v -> v.contains("topology.kubernetes.io/zone"));
  }

  @Test
  void replicasNextToAnAutoscaler() {
    assertThat(violationsAfter("prod", r -> deployment(r, "auth-api").getSpec().setReplicas(3)))
        .anyMatch(v -> v.contains("fights the HorizontalPodAutoscaler"));
  }

  @Test
  void ingressFromTheWholeVpcAndAnHttpListener() {
    assertThat(
            violationsAfter(
                "staging",
                r -> {
                  Manifests.named(r, NetworkPolicy.class, "payfast-api")
                      .getSpec()
                      .getIngress()
                      .get(0)
                      .getFrom()
                      .get(0)
                      .getIpBlock()
                      .setCidr("10.1.0.0/16");
                  Manifests.ofType(r, Ingress.class)
                      .get(0)
                      .getMetadata()
                      .getAnnotations()
                      .put(
                          "alb.ingress.kubernetes.io/listen-ports",
                          "[{\"HTTP\": 80}, {\"HTTPS\": 443}]");
                }))
        .anyMatch(v -> v.contains("only from the ALB's subnets"))
        .anyMatch(v -> v.contains("HTTPS 443 only"));
  }

  @Test
  void databasePasswordThatCannotFollowARotation() {
    assertThat(
            violationsAfter(
                "prod",
                r ->
                    app(r, "auth-api")
                        .getEnv()
                        .add(
                            new io.fabric8.kubernetes.api.model.EnvVarBuilder()
                                .withName("PAYFAST_DB_PASSWORD")
                                .withNewValueFrom()
                                .withNewSecretKeyRef("password", "payfast-db", false)
                                .endValueFrom()
                                .build())))
        .anyMatch(v -> v.contains("auth-api: PAYFAST_DB_PASSWORD is an environment variable"));
    assertThat(
            violationsAfter(
                "prod",
                r ->
                    app(r, "transaction-api").getVolumeMounts().stream()
                        .filter(m -> m.getName().equals("db-password"))
                        .findFirst()
                        .orElseThrow()
                        .setSubPath("password")))
        .anyMatch(v -> v.contains("transaction-api: Secret payfast-db is mounted with subPath"));
    assertThat(
            violationsAfter(
                "staging",
                r ->
                    app(r, "auth-api").getEnv().stream()
                        .filter(e -> e.getName().equals("PAYFAST_DB_PASSWORD_FILE"))
                        .findFirst()
                        .orElseThrow()
                        .setValue("/var/run/secrets/payfast/db/username")))
        .anyMatch(v -> v.contains("is not the key password of a mounted Secret payfast-db"));
  }
}

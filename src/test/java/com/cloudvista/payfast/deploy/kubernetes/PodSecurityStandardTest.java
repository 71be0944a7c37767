package com.cloudvista.payfast.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.CapabilitiesBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SeccompProfileBuilder;
import io.fabric8.kubernetes.api.model.SysctlBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rendered pod passes the Pod Security "restricted" profile its namespace enforces; each rule
 * can fail.
 */
class PodSecurityStandardTest {

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void everyPodIsAdmittedUnderTheRestrictedProfile(String env) {
    List<HasMetadata> resources = KustomizeOverlaysTest.rendered(env);
    List<Deployment> deployments = Manifests.ofType(resources, Deployment.class);
    assertThat(deployments).hasSize(2);
    List<String> violations = new ArrayList<>();
    for (Deployment d : deployments) {
      violations.addAll(
          PodSecurityStandard.restricted(
              d.getMetadata().getName(),
              d.getSpec().getTemplate().getSpec(),
              d.getSpec().getTemplate().getMetadata().getAnnotations()));
    }
    assertThat(violations).isEmpty();
  }

  private static List<String> violationsAfter(Consumer<PodSpec> breakIt) {
    Deployment d =
        Manifests.named(KustomizeOverlaysTest.rendered("prod"), Deployment.class, "auth-api");
    PodSpec pod = d.getSpec().getTemplate().getSpec();
    breakIt.accept(pod);
    return PodSecurityStandard.restricted(
        "auth-api", pod, d.getSpec().getTemplate().getMetadata().getAnnotations());
  }

  @Test
  void baselineRules() {
    assertThat(
            violationsAfter(
                pod -> {
                  pod.setHostNetwork(true);
                  pod.getVolumes()
                      .add(
                          new VolumeBuilder()
                              .withName("docker")
                              .withNewHostPath("/var/run", null)
                              .build());
                  pod.getContainers().get(0).getSecurityContext().setPrivileged(true);
                  pod.getContainers()
                      .get(0)
                      .getSecurityContext()
                      .setCapabilities(
                          new CapabilitiesBuilder().withAdd("SYS_ADMIN").withDrop("ALL").build());
                  pod.getSecurityContext()
                      .setSysctls(
                          List.of(
                              new SysctlBuilder()
                                  .withName("kernel.msgmax")
                                  .withValue("1")
                                  .build()));
                }))
        .anyMatch(v -> v.contains("host namespaces"))
        .anyMatch(v -> v.contains("docker is a hostPath"))
        .anyMatch(v -> v.contains("is privileged"))
        .anyMatch(v -> v.contains("adds capability SYS_ADMIN"))
        .anyMatch(v -> v.contains("sysctl kernel.msgmax"));
  }

  @Test
  void restrictedRules() {
    assertThat(
            violationsAfter(
                pod -> {
                  pod.getInitContainers()
                      .get(0)
                      .getSecurityContext()
                      .setAllowPrivilegeEscalation(null);
                  pod.getSecurityContext().setRunAsNonRoot(null);
                  pod.getContainers().get(0).getSecurityContext().setRunAsNonRoot(null);
                  pod.getContainers().get(0).getSecurityContext().setRunAsUser(0L);
                  pod.getSecurityContext().setSeccompProfile(null);
                  pod.getContainers()
                      .get(0)
                      .getSecurityContext()
                      .setSeccompProfile(
                          new SeccompProfileBuilder().withType("Unconfined").build());
                  pod.getContainers()
                      .get(0)
                      .getSecurityContext()
                      .getCapabilities()
                      .setDrop(List.of("NET_RAW"));
                }))
        .anyMatch(
            v -> v.contains("container liberty-output must set allowPrivilegeEscalation: false"))
        .anyMatch(v -> v.contains("container payfast must run with runAsNonRoot: true"))
        .anyMatch(v -> v.contains("container payfast runAsUser must not be 0"))
        .anyMatch(v -> v.contains("container payfast seccompProfile must not be Unconfined"))
        .anyMatch(v -> v.contains("container payfast must drop ALL capabilities"));
  }
}

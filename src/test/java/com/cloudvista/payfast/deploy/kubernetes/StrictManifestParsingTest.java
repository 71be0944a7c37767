package com.cloudvista.payfast.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** The strict parser really rejects what the overlay tests rely on it to reject. */
class StrictManifestParsingTest {

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: demo
      spec:
        selector:
          matchLabels: {app: demo}
        template:
          metadata:
            labels: {app: demo}
          spec:
            containers:
              - name: app
                image: demo:1.0.0
                securityContext:
                  %s: true
      """;

  @Test
  void acceptsAValidDeployment() {
    var resources = Manifests.parse(DEPLOYMENT.formatted("readOnlyRootFilesystem"));
    assertThat(resources).singleElement().isInstanceOf(Deployment.class);
    Deployment deployment = (Deployment) resources.get(0);
    assertThat(
            deployment
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getSecurityContext()
                .getReadOnlyRootFilesystem())
        .isTrue();
  }

  @Test
  void rejectsAMisspeltNestedField() {
    assertThatThrownBy(() -> Manifests.parse(DEPLOYMENT.formatted("readOnlyRootFileSystem")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Deployment demo")
        .hasMessageContaining("readOnlyRootFileSystem");
  }

  @Test
  void rejectsAnUnknownTopLevelField() {
    assertThatThrownBy(
            () ->
                Manifests.parse(
                    """
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: sa}
        automountToken: false
        """))
        .hasMessageContaining("automountToken");
  }

  @Test
  void rejectsAWrongType() {
    assertThatThrownBy(
            () ->
                Manifests.parse(
                    """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: demo}
        spec:
          replicas: [3]
        """))
        .hasMessageContaining("Deployment demo");
  }

  @Test
  void rejectsKindsAndVersionsPayFastDoesNotDeploy() {
    assertThatThrownBy(
            () ->
                Manifests.parse(
                    """
        apiVersion: policy/v1beta1
        kind: PodDisruptionBudget
        metadata: {name: old}
        """))
        .hasMessageContaining("Unexpected kind policy/v1beta1/PodDisruptionBudget");
  }
}

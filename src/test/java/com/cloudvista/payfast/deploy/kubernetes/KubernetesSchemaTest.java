package com.cloudvista.payfast.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.deploy.NodeScript;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rendered overlays type-check against the Kubernetes API types of npm {@code kubernetes-types}
 * (generated from the API server's OpenAPI document) with the TypeScript compiler
 * (build-tools/k8s-schema/typecheck.js): a second, independent schema next to fabric8's models
 * ({@link Manifests}), catching unknown fields, wrong types and missing required fields.
 */
class KubernetesSchemaTest {

  private static NodeScript.Result typecheck(String yaml) {
    return NodeScript.run("k8s-schema/typecheck.js", List.of(), yaml);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void everyRenderedDocumentMatchesTheKubernetesApiTypes(String env) {
    NodeScript.Result result = typecheck(Kubectl.kustomize(Project.overlay(env)));
    assertThat(result.output()).contains("0 error(s) in 15 document(s)");
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  /**
   * Negative controls on the rendered prod overlay: one mistake each, reported with the document it
   * is in.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      misspelt field           | readOnlyRootFilesystem: true | readOnlyRootFileSystem: true | Deployment auth-api: "readOnlyRootFileSystem"
      misspelt PDB field       | minAvailable: 2              | minAvailabel: 2              | PodDisruptionBudget auth-api: "minAvailabel"
      wrong type               | runAsNonRoot: true           | runAsNonRoot: "yes"          | is not assignable to type 'boolean
      unknown apiVersion       | apiVersion: policy/v1        | apiVersion: policy/v1beta1   | apiVersion policy/v1beta1 is not one this check knows
      """)
  void reportsABrokenManifest(String mistake, String good, String bad, String expected) {
    String rendered = Kubectl.kustomize(Project.overlay("prod"));
    assertThat(rendered).contains(good);

    NodeScript.Result result = typecheck(rendered.replace(good, bad));

    assertThat(result.output()).as(mistake).contains(expected);
    assertThat(result.exitCode()).isNotZero();
  }
}

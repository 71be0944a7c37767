package com.cloudvista.payfast.deploy.kubernetes;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Parses rendered manifests into fabric8's typed Kubernetes models, strictly.
 *
 * <p>fabric8 model classes collect unknown fields in an {@code additionalProperties} map (a Jackson
 * any-setter), so FAIL_ON_UNKNOWN_PROPERTIES alone would accept a misspelt field. This mapper
 * removes those any-setters, so a field the Kubernetes API does not define (e.g. {@code
 * readOnlyRootFileSystem}) fails the parse with its path. Only the kinds PayFast deploys are
 * accepted; anything else is an error too.
 */
final class Manifests {

  static final Map<String, Class<? extends HasMetadata>> KINDS =
      Map.of(
          "v1/Namespace", Namespace.class,
          "v1/ServiceAccount", ServiceAccount.class,
          "v1/ConfigMap", ConfigMap.class,
          "v1/Secret", Secret.class,
          "v1/Service", Service.class,
          "apps/v1/Deployment", Deployment.class,
          "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
          "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
          "networking.k8s.io/v1/Ingress", Ingress.class,
          "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

  private static final ObjectMapper STRICT = strictMapper();

  private Manifests() {}

  /** Every YAML document of a multi-document stream, as plain maps (null documents skipped). */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> documents(String yaml) {
    Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<Map<String, Object>> docs = new ArrayList<>();
    for (Object doc : parser.loadAll(yaml)) {
      if (doc == null) {
        continue;
      }
      if (!(doc instanceof Map)) {
        throw new AssertionError("A YAML document is not a mapping: " + doc);
      }
      docs.add((Map<String, Object>) doc);
    }
    return docs;
  }

  /**
   * Parses every document into its typed model; throws with the document's kind/name and the bad
   * field.
   */
  static List<HasMetadata> parse(String yaml) {
    List<HasMetadata> resources = new ArrayList<>();
    for (Map<String, Object> doc : documents(yaml)) {
      resources.add(parse(doc));
    }
    return resources;
  }

  static HasMetadata parse(Map<String, Object> doc) {
    String apiVersion = String.valueOf(doc.get("apiVersion"));
    String kind = String.valueOf(doc.get("kind"));
    Class<? extends HasMetadata> type = KINDS.get(apiVersion + "/" + kind);
    String name = doc.get("metadata") instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : "?";
    if (type == null) {
      throw new IllegalArgumentException(
          "Unexpected kind "
              + apiVersion
              + "/"
              + kind
              + " ("
              + name
              + "); known: "
              + KINDS.keySet());
    }
    try {
      return STRICT.convertValue(doc, type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          kind + " " + name + " does not match the Kubernetes API: " + e.getMessage(), e);
    }
  }

  static <T extends HasMetadata> List<T> ofType(List<HasMetadata> resources, Class<T> type) {
    return resources.stream().filter(type::isInstance).map(type::cast).toList();
  }

  static <T extends HasMetadata> T named(List<HasMetadata> resources, Class<T> type, String name) {
    return ofType(resources, type).stream()
        .filter(r -> name.equals(r.getMetadata().getName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " named " + name));
  }

  private static ObjectMapper strictMapper() {
    SimpleModule noAnySetters = new SimpleModule("no-additional-properties");
    noAnySetters.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public BeanDeserializerBuilder updateBuilder(
              DeserializationConfig config,
              BeanDescription description,
              BeanDeserializerBuilder builder) {
            if (builder.getAnySetter() != null
                && description.getBeanClass().getName().startsWith("io.fabric8.")) {
              builder.setAnySetter(null);
            }
            return builder;
          }
        });
    return new ObjectMapper()
        .registerModule(noAnySetters)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  }
}

package com.cloudvista.payfast.deploy.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Access to the templates and parameter files under cloudformation/, and to their parsed contents
 * (also used by the Kubernetes tests that check what the overlays must agree with).
 */
public final class Templates {

  public static final List<String> NAMES =
      List.of("network", "data", "storage", "identity", "eks", "iam", "waf", "edge");
  public static final List<String> ENVIRONMENTS = List.of("dev", "staging", "prod");

  private Templates() {}

  public static Path projectDir() {
    return Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
  }

  public static Path templateFile(String name) {
    return projectDir().resolve("cloudformation").resolve(name + ".yaml");
  }

  public static Map<String, Object> load(String name) {
    Path file = templateFile(name);
    assertThat(file).as("template %s", name).isRegularFile();
    try {
      return map(CloudFormationYaml.parser().load(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * parameters/&lt;env&gt;.json ([{ParameterKey, ParameterValue}], the format the CLI reads) as a
   * map.
   */
  public static Map<String, String> parameters(String environment) {
    Path file = projectDir().resolve("cloudformation/parameters").resolve(environment + ".json");
    try {
      List<Object> entries = list(CloudFormationYaml.parser().load(Files.readString(file)));
      Map<String, String> values = new LinkedHashMap<>();
      for (Object entry : entries) {
        Map<String, Object> parameter = map(entry);
        values.put(
            (String) parameter.get("ParameterKey"), (String) parameter.get("ParameterValue"));
      }
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> resource(Map<String, Object> template, String logicalId) {
    Map<String, Object> resources = map(template.get("Resources"));
    assertThat(resources).as("resources").containsKey(logicalId);
    return map(resources.get(logicalId));
  }

  public static Map<String, Object> properties(Map<String, Object> template, String logicalId) {
    return map(resource(template, logicalId).get("Properties"));
  }

  /** Logical id to resource, for every resource of the given type. */
  static Map<String, Map<String, Object>> ofType(Map<String, Object> template, String type) {
    return map(template.get("Resources")).entrySet().stream()
        .filter(e -> type.equals(map(e.getValue()).get("Type")))
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, e -> map(e.getValue()), (a, b) -> a, LinkedHashMap::new));
  }

  public static Map<String, Object> ref(String name) {
    return Map.of("Ref", name);
  }

  /**
   * The form every cross-stack reference takes: !ImportValue {Fn::Sub:
   * payfast-${EnvironmentName}-X}.
   */
  static Map<String, Object> importOf(String exportSuffix) {
    return Map.of(
        "Fn::ImportValue", Map.of("Fn::Sub", "payfast-${EnvironmentName}-" + exportSuffix));
  }

  static Map<String, Object> ifProd(Object whenProd, Object otherwise) {
    return Map.of("Fn::If", List.of("IsProd", whenProd, otherwise));
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<Object>) value;
  }

  /** A value that may be a single item or a list, as IAM allows for Action and Resource. */
  static List<Object> oneOrMany(Object value) {
    return value instanceof List<?> ? list(value) : List.of(value);
  }
}

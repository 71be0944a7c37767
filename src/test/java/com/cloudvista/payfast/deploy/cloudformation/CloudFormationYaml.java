package com.cloudvista.payfast.deploy.cloudformation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses CloudFormation YAML. The short-form tags (!Ref, !Sub, ...) become the long form
 * CloudFormation itself uses ({"Fn::Sub": ...}), so tests compare templates exactly as
 * CloudFormation will read them.
 */
final class CloudFormationYaml {

  private static final List<String> FUNCTIONS =
      List.of(
          "Sub",
          "Join",
          "If",
          "Equals",
          "Select",
          "GetAZs",
          "ImportValue",
          "FindInMap",
          "Split",
          "Base64",
          "Cidr",
          "Not",
          "And",
          "Or");

  private CloudFormationYaml() {}

  static Yaml parser() {
    return new Yaml(new IntrinsicConstructor(new LoaderOptions()));
  }

  private static final class IntrinsicConstructor extends SafeConstructor {
    IntrinsicConstructor(LoaderOptions options) {
      super(options);
      yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
      yamlConstructors.put(new Tag("!Condition"), new Intrinsic("Condition"));
      yamlConstructors.put(new Tag("!GetAtt"), new GetAtt());
      for (String function : FUNCTIONS) {
        yamlConstructors.put(new Tag("!" + function), new Intrinsic("Fn::" + function));
      }
    }

    /** {@code !Name value} to {@code {"Fn::Name": value}} whatever the node kind. */
    private class Intrinsic extends AbstractConstruct {
      private final String key;

      Intrinsic(String key) {
        this.key = key;
      }

      @Override
      public Object construct(Node node) {
        Map<String, Object> function = new LinkedHashMap<>();
        function.put(key, value(node));
        return function;
      }
    }

    /** {@code !GetAtt Res.Attr} is the scalar form of {@code {"Fn::GetAtt": ["Res", "Attr"]}}. */
    private class GetAtt extends AbstractConstruct {
      @Override
      public Object construct(Node node) {
        Object value = value(node);
        if (value instanceof String text) {
          int dot = text.indexOf('.');
          value = new ArrayList<>(List.of(text.substring(0, dot), text.substring(dot + 1)));
        }
        Map<String, Object> function = new LinkedHashMap<>();
        function.put("Fn::GetAtt", value);
        return function;
      }
    }

    private Object value(Node node) {
      if (node instanceof ScalarNode scalar) {
        return constructScalar(scalar);
      }
      if (node instanceof SequenceNode sequence) {
        return constructSequence(sequence);
      }
      return constructMapping((MappingNode) node);
    }
  }
}

package com.cloudvista.payfast.deploy.kubernetes;

import static com.cloudvista.payfast.deploy.cloudformation.Templates.list;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.deploy.cloudformation.Templates;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the overlays must agree with outside kustomize/: the CloudFormation templates and parameter
 * files, the deploy script, the deploy guides and the application's own settings. Each of these
 * disagreements passes every linter and only fails in a real account.
 */
class DeployContractTest {

  private static final Pattern REGION =
      Pattern.compile("\\b(?:us|eu|ap|ca|sa|me|af|il|mx)-[a-z]+-\\d\\b");
  private static final List<String> STACKS =
      List.of(
          "network",
          "data",
          "storage",
          "identity",
          "eks",
          "iam",
          "waf-alb",
          "waf-cloudfront",
          "edge");
  private static final List<Path> GUIDES =
      List.of(
          Path.of("README.md"),
          Path.of("cloudformation/README.md"),
          Path.of("kustomize/README.md"));

  /**
   * CloudFront forwards every viewer header except Host to the ALB origin, so the ALB sees {@code
   * Host: <AlbOriginDomainName>}: the Ingress rule must be for that name, or every /api and /auth
   * request falls through to the ALB's default 404.
   */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void theIngressHostIsTheHostCloudFrontSends(String env) {
    Map<String, Object> config =
        map(Templates.properties(Templates.load("edge"), "Distribution").get("DistributionConfig"));
    Map<String, Object> albOrigin =
        list(config.get("Origins")).stream()
            .map(Templates::map)
            .filter(o -> "alb".equals(o.get("Id")))
            .findFirst()
            .orElseThrow();
    assertThat(albOrigin.get("DomainName")).isEqualTo(Templates.ref("AlbOriginDomainName"));
    Map<String, Object> policies =
        map(map(Templates.load("edge").get("Mappings")).get("ManagedPolicies"));
    String exceptHost =
        (String) map(policies.get("OriginRequest")).get("AllViewerExceptHostHeader");
    for (Object behavior : list(config.get("CacheBehaviors"))) {
      assertThat(map(behavior).get("OriginRequestPolicyId"))
          .isEqualTo(
              Map.of(
                  "Fn::FindInMap",
                  List.of("ManagedPolicies", "OriginRequest", "AllViewerExceptHostHeader")));
    }
    assertThat(exceptHost).isEqualTo("b689b0a8-53d0-40ab-baf2-68738e2966ac");

    Map<String, String> parameters = Templates.parameters(env);
    Map<String, String> outputs = KustomizeOverlaysTest.outputs(env);
    assertThat(outputs)
        .containsEntry("AlbOriginDomainName", parameters.get("AlbOriginDomainName"))
        .containsEntry("SiteDomainName", parameters.get("SiteDomainName"));
    Ingress ingress = Manifests.ofType(KustomizeOverlaysTest.rendered(env), Ingress.class).get(0);
    assertThat(ingress.getSpec().getRules())
        .extracting(r -> r.getHost())
        .containsExactly(parameters.get("AlbOriginDomainName"));
  }

  /** Every region named by an overlay is the one deploy.sh creates the stacks in. */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void theOverlaysUseTheStacksRegion(String env) {
    String region = stackRegion();
    for (String file : List.of("cloudformation-outputs.yaml", "kustomization.yaml")) {
      Matcher found = REGION.matcher(read(Project.overlay(env).resolve(file)));
      while (found.find()) {
        assertThat(found.group()).as("region in overlays/%s/%s", env, file).isEqualTo(region);
      }
    }
    Map<String, String> outputs = KustomizeOverlaysTest.outputs(env);
    assertThat(outputs.get("AwsRegion")).isEqualTo(region);
    String[] parts = region.split("-");
    assertThat(outputs.get("RedisPrimaryEndpoint"))
        .as("ElastiCache's short region code")
        .endsWith("." + parts[0] + parts[1].charAt(0) + parts[2] + ".cache.amazonaws.com");
    assertThat(read(Project.kustomize().resolve("README.md")))
        .contains("REGION=" + region)
        .doesNotContainPattern("REGION=(?!" + region + ")[a-z]");
  }

  /**
   * The NetworkPolicy names the real subnets: the ALB's (public) for ingress, the database subnets
   * for 5432/6379.
   */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void theSubnetCidrsAreTheNetworkStacks(String env) {
    Map<String, Object> network = Templates.load("network");
    String octet = Templates.parameters(env).get("VpcCidr").split("\\.")[1];
    Map<String, String> outputs = KustomizeOverlaysTest.outputs(env);
    for (int i = 1; i <= 3; i++) {
      assertThat(outputs.get("AlbSubnetCidr" + i))
          .isEqualTo(subnetCidr(network, "PublicSubnet" + i, octet));
      assertThat(outputs.get("DatabaseSubnetCidr" + i))
          .isEqualTo(subnetCidr(network, "DatabaseSubnet" + i, octet));
    }
  }

  /**
   * An IMMUTABLE repository refuses the second push of a tag: the `latest` that dev runs needs a
   * mutable one.
   */
  @Test
  void latestIsPushedOnlyToAMutableRepository() {
    String guide = read(Project.kustomize().resolve("README.md")).replace("\\\n", " ");
    Map<String, String> mutability = new LinkedHashMap<>();
    Matcher create =
        Pattern.compile(
                "create-repository\\s+--repository-name\\s+(\\S+).*?--image-tag-mutability\\s+(\\S+)")
            .matcher(guide);
    while (create.find()) {
      mutability.put(create.group(1), create.group(2));
    }
    assertThat(mutability).as("repositories the deploy guide creates").isNotEmpty();
    for (String env : Project.OVERLAYS) {
      String kustomization = read(Project.overlay(env).resolve("kustomization.yaml"));
      Matcher image =
          Pattern.compile("newName: \\S+?/(\\S+)\\s+newTag: (\\S+)").matcher(kustomization);
      assertThat(image.find()).as("image of overlay %s", env).isTrue();
      assertThat(mutability)
          .as("overlay %s pushes to repository %s", env, image.group(1))
          .containsKey(image.group(1));
      assertThat(mutability.get(image.group(1)))
          .as("mutability of %s (overlay %s, tag %s)", image.group(1), env, image.group(2))
          .isEqualTo(image.group(2).equals("latest") ? "MUTABLE" : "IMMUTABLE");
    }
  }

  /** Every `--stack-name` the guides, the overlays and deploy.sh use is one deploy.sh creates. */
  @Test
  void everyStackNameInTheDocsExists() {
    Pattern stackName = Pattern.compile("--stack-name\\s+\"?([^\\s\"]+)");
    Pattern valid =
        Pattern.compile(
            "payfast-(?:dev|staging|prod|\\$ENV|\\$env|<env>)-(?:"
                + String.join("|", STACKS)
                + "|<stack>|\\$stack)");
    List<Path> files =
        Stream.concat(
                GUIDES.stream().map(p -> Project.basedir().resolve(p)),
                Stream.concat(
                    Stream.of(Project.basedir().resolve("cloudformation/deploy.sh")),
                    Stream.of(Project.OVERLAYS)
                        .map(env -> Project.overlay(env).resolve("cloudformation-outputs.yaml"))))
            .toList();
    int seen = 0;
    for (Path file : files) {
      Matcher found = stackName.matcher(read(file));
      while (found.find()) {
        seen++;
        assertThat(found.group(1))
            .as("stack name in %s", Project.basedir().relativize(file))
            .matches(valid);
      }
    }
    assertThat(seen).isGreaterThan(3);
  }

  /**
   * Every PAYFAST_* setting the manifests or the Dockerfile set is one the application reads
   * (MicroProfile Config maps payfast.x-y to PAYFAST_X_Y): a setting read nowhere
   * (PAYFAST_LOG_FORMAT was) only looks like it works.
   */
  @Test
  void everySettingTheDeploymentSetsIsReadByTheApplication() throws IOException {
    Set<String> read = new TreeSet<>();
    Pattern property = Pattern.compile("payfast\\.[a-z0-9.-]*[a-z0-9]");
    Pattern variable = Pattern.compile("PAYFAST_[A-Z0-9_]+");
    try (Stream<Path> sources = Files.walk(Project.basedir().resolve("src/main"))) {
      for (Path source :
          sources
              .filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(java|xml|properties)$"))
              .toList()) {
        String text = read(source);
        property
            .matcher(text)
            .results()
            .forEach(m -> read.add(m.group().toUpperCase().replaceAll("[.-]", "_")));
        variable.matcher(text).results().forEach(m -> read.add(m.group()));
      }
    }
    Set<String> set = new TreeSet<>();
    for (String env : Project.OVERLAYS) {
      List<HasMetadata> resources = KustomizeOverlaysTest.rendered(env);
      Manifests.ofType(resources, ConfigMap.class).forEach(cm -> set.addAll(cm.getData().keySet()));
      for (Deployment d : Manifests.ofType(resources, Deployment.class)) {
        for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
          c.getEnv().forEach(e -> set.add(e.getName()));
        }
      }
    }
    variable
        .matcher(read(Project.basedir().resolve("Dockerfile")))
        .results()
        .forEach(m -> set.add(m.group()));
    Set<String> payfast =
        set.stream()
            .filter(k -> k.startsWith("PAYFAST_"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(payfast).hasSizeGreaterThan(15);
    assertThat(read).contains("PAYFAST_DB_URL", "PAYFAST_AUTH_COGNITO_CLIENT_SECRET");
    assertThat(payfast)
        .as("settings the deployment sets but the application never reads")
        .isSubsetOf(read);
  }

  private static String subnetCidr(Map<String, Object> network, String subnet, String octet) {
    Object cidr = Templates.properties(network, subnet).get("CidrBlock");
    String pattern = (String) list(map(cidr).get("Fn::Sub")).get(0);
    return pattern.replace("${Octet}", octet);
  }

  private static String stackRegion() {
    Matcher region =
        Pattern.compile("--region (\\S+)")
            .matcher(read(Project.basedir().resolve("cloudformation/deploy.sh")));
    assertThat(region.find()).as("deploy.sh names its region").isTrue();
    return region.group(1);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

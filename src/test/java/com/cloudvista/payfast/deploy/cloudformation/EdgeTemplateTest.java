package com.cloudvista.payfast.deploy.cloudformation;

import static com.cloudvista.payfast.deploy.cloudformation.Templates.importOf;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.list;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.map;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.properties;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** CloudFront distribution and the WAF web ACLs in front of it and of the ALB. */
class EdgeTemplateTest {

  private static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
  private static final String ALL_VIEWER_EXCEPT_HOST = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

  private final Map<String, Object> edge = Templates.load("edge");
  private final Map<String, Object> config =
      map(properties(edge, "Distribution").get("DistributionConfig"));

  /** Resolves !FindInMap against the template's own Mappings. */
  private Object resolve(Object value) {
    if (value instanceof Map<?, ?> m && m.containsKey("Fn::FindInMap")) {
      List<Object> path = list(m.get("Fn::FindInMap"));
      return map(map(map(edge.get("Mappings")).get(path.get(0))).get(path.get(1))).get(path.get(2));
    }
    return value;
  }

  @Test
  void viewersUseHttpsWithTls12OrNewer() {
    assertThat(map(config.get("ViewerCertificate")))
        .containsEntry("MinimumProtocolVersion", "TLSv1.2_2021")
        .containsEntry("SslSupportMethod", "sni-only")
        .doesNotContainKey("CloudFrontDefaultCertificate");
    assertThat(map(config.get("DefaultCacheBehavior")))
        .containsEntry("ViewerProtocolPolicy", "redirect-to-https");
    list(config.get("CacheBehaviors"))
        .forEach(b -> assertThat(map(b)).containsEntry("ViewerProtocolPolicy", "https-only"));
  }

  @Test
  void apiAndAuthGoToTheAlbUncachedWithAllViewerHeaders() {
    Map<String, Map<String, Object>> byPath =
        list(config.get("CacheBehaviors")).stream()
            .map(Templates::map)
            .collect(Collectors.toMap(b -> (String) b.get("PathPattern"), b -> b));
    assertThat(byPath).containsOnlyKeys("/api/*", "/auth/*");
    for (Map<String, Object> behavior : byPath.values()) {
      assertThat(behavior).containsEntry("TargetOriginId", "alb");
      assertThat(resolve(behavior.get("CachePolicyId"))).isEqualTo(CACHING_DISABLED);
      assertThat(resolve(behavior.get("OriginRequestPolicyId"))).isEqualTo(ALL_VIEWER_EXCEPT_HOST);
      assertThat(list(behavior.get("AllowedMethods")))
          .containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE");
    }
  }

  @Test
  void originsAreThePrivateBucketAndTheAlbOverTls12() {
    Map<String, Map<String, Object>> origins =
        list(config.get("Origins")).stream()
            .map(Templates::map)
            .collect(Collectors.toMap(o -> (String) o.get("Id"), o -> o));
    assertThat(origins).containsOnlyKeys("frontend", "alb");
    assertThat(origins.get("frontend"))
        .containsEntry(
            "OriginAccessControlId",
            Map.of("Fn::GetAtt", List.of("FrontendOriginAccessControl", "Id")))
        .containsEntry("S3OriginConfig", Map.of("OriginAccessIdentity", ""));
    Map<String, Object> alb = map(origins.get("alb").get("CustomOriginConfig"));
    assertThat(alb).containsEntry("OriginProtocolPolicy", "https-only");
    assertThat(list(alb.get("OriginSSLProtocols"))).containsExactly("TLSv1.2");
    assertThat(origins.get("alb").get("DomainName")).isEqualTo(ref("AlbOriginDomainName"));
    assertThat(map(config.get("DefaultCacheBehavior"))).containsEntry("TargetOriginId", "frontend");
  }

  @Test
  void distributionIsProtectedByTheCloudFrontWebAcl() {
    assertThat(config.get("WebACLId")).isEqualTo(importOf("CloudFrontWebAclArn"));
    Map<String, Object> outputs = map(Templates.load("waf").get("Outputs"));
    assertThat(map(outputs.get("CloudFrontWebAclArn"))).containsEntry("Condition", "IsCloudFront");
    assertThat(map(outputs.get("AlbWebAclArn"))).containsEntry("Condition", "IsRegional");
  }

  @Test
  void webAclRunsTheManagedRuleGroupsAndARateLimit() {
    Map<String, Object> waf = Templates.load("waf");
    Map<String, Object> acl = properties(waf, "WebAcl");
    assertThat(acl.get("Scope")).isEqualTo(ref("Scope"));
    assertThat(list(map(map(waf.get("Parameters")).get("Scope")).get("AllowedValues")))
        .containsExactly("REGIONAL", "CLOUDFRONT");
    List<Map<String, Object>> rules = rulesFor("CLOUDFRONT");

    Set<String> groups =
        rules.stream()
            .map(r -> map(r.get("Statement")))
            .filter(s -> s.containsKey("ManagedRuleGroupStatement"))
            .map(s -> map(s.get("ManagedRuleGroupStatement")))
            .peek(g -> assertThat(g).containsEntry("VendorName", "AWS"))
            .map(g -> (String) g.get("Name"))
            .collect(Collectors.toSet());
    assertThat(groups)
        .containsExactlyInAnyOrder(
            "AWSManagedRulesCommonRuleSet",
            "AWSManagedRulesSQLiRuleSet",
            "AWSManagedRulesKnownBadInputsRuleSet",
            "AWSManagedRulesAmazonIpReputationList");
    // Managed groups enforce (None) rather than only count.
    rules.stream()
        .filter(r -> r.containsKey("OverrideAction"))
        .forEach(r -> assertThat(r.get("OverrideAction")).isEqualTo(Map.of("None", Map.of())));

    Map<String, Object> rateRule =
        rules.stream()
            .filter(r -> map(r.get("Statement")).containsKey("RateBasedStatement"))
            .findFirst()
            .orElseThrow();
    assertThat(rateRule.get("Action")).isEqualTo(Map.of("Block", Map.of()));
    assertThat(map(map(rateRule.get("Statement")).get("RateBasedStatement")))
        .containsEntry("Limit", ref("RateLimitPer5Minutes"))
        .containsEntry("AggregateKeyType", "IP");
    assertThat(rules.stream().map(r -> r.get("Priority")).distinct().count())
        .isEqualTo(rules.size());
    for (String environment : Templates.ENVIRONMENTS) {
      assertThat(Integer.parseInt(Templates.parameters(environment).get("RateLimitPer5Minutes")))
          .isBetween(100, 20_000);
    }
  }

  /**
   * The rate limit counts per client address only where the client is the TCP peer: in the
   * CloudFront ACL. At the ALB every source is a CloudFront address (per-IP there lets one attacker
   * block everyone behind an edge), and FORWARDED_IP would read the first X-Forwarded-For entry,
   * which the client writes.
   */
  @Test
  void theRateLimitCountsViewersOnlyWhereTheyAreTheSource() {
    assertThat(rulesFor("CLOUDFRONT"))
        .filteredOn(r -> map(r.get("Statement")).containsKey("RateBasedStatement"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(map(map(r.get("Statement")).get("RateBasedStatement")))
                    .containsEntry("AggregateKeyType", "IP"));
    assertThat(rulesFor("REGIONAL"))
        .noneMatch(r -> map(r.get("Statement")).containsKey("RateBasedStatement"));
    assertThat(rulesFor("REGIONAL"))
        .extracting(r -> r.get("Name"))
        .contains("common", "sql-injection", "known-bad-inputs", "ip-reputation");
  }

  /**
   * The web ACL's rules as the stack of that Scope gets them (Fn::If on IsCloudFront / IsRegional
   * resolved).
   */
  private static List<Map<String, Object>> rulesFor(String scope) {
    List<Map<String, Object>> rules = new java.util.ArrayList<>();
    for (Object rule : list(properties(Templates.load("waf"), "WebAcl").get("Rules"))) {
      Map<String, Object> value = map(rule);
      if (value.containsKey("Fn::If")) {
        List<Object> branches = list(value.get("Fn::If"));
        boolean holds =
            branches.get(0).equals(scope.equals("CLOUDFRONT") ? "IsCloudFront" : "IsRegional");
        value = map(branches.get(holds ? 1 : 2));
      }
      if (!value.equals(ref("AWS::NoValue"))) {
        rules.add(value);
      }
    }
    return rules;
  }

  /**
   * The web UI's SPA fallback and the API paths agree: the rewrite runs on the default (bucket)
   * behaviour only, the /api and /auth behaviours reach the ALB untouched, and there are no custom
   * error responses (they would turn the API's own 403/404 answers into index.html).
   */
  @Test
  void theSpaFallbackRewritesOnlyTheBucketsClientRoutes() throws Exception {
    List<Object> associations =
        list(map(config.get("DefaultCacheBehavior")).get("FunctionAssociations"));
    assertThat(associations).hasSize(1);
    assertThat(map(associations.get(0))).containsEntry("EventType", "viewer-request");
    list(config.get("CacheBehaviors"))
        .forEach(b -> assertThat(map(b)).doesNotContainKey("FunctionAssociations"));
    assertThat(config).doesNotContainKey("CustomErrorResponses");

    // The function itself, run in Node as CloudFront runs it (cloudfront-js-2.0 is ES 5.1 + some
    // ES6).
    String code = (String) properties(edge, "SpaRewriteFunction").get("FunctionCode");
    String probe =
        code
            + "\nfor (const uri of process.argv.slice(1)) console.log(handler({request: {uri}}).uri);";
    Process node =
        new ProcessBuilder(
                "node",
                "-e",
                probe,
                "/",
                "/transactions",
                "/reports/2026-12",
                "/assets/index-AbC123.js",
                "/favicon.svg",
                "/index.html")
            .redirectErrorStream(true)
            .start();
    String out =
        new String(node.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(node.waitFor()).as(out).isZero();
    assertThat(out.lines().toList())
        .containsExactly(
            "/index.html",
            "/index.html",
            "/index.html",
            "/assets/index-AbC123.js",
            "/favicon.svg",
            "/index.html");
  }
}

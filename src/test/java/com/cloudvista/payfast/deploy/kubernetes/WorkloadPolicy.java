package com.cloudvista.payfast.deploy.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The deployment rules of issue #7, as checks that return human-readable violations (empty =
 * compliant). {@link KustomizeOverlaysTest} applies them to every rendered overlay; {@link
 * WorkloadPolicyTest} shows that each of them reports a broken manifest.
 */
final class WorkloadPolicy {

  static final int APP_PORT = 9080;
  static final Set<String> WORKLOADS = Set.of("auth-api", "transaction-api");
  static final Map<String, String> ROUTES = Map.of("/auth", "auth-api", "/api", "transaction-api");
  static final Set<Integer> ALLOWED_EGRESS_PORTS = Set.of(53, 5432, 6379, 443);
  static final Set<String> WRITABLE_DIRS = Set.of("/tmp", "/logs", "/opt/ol/wlp/output");
  static final String PLACEHOLDER = "REPLACED-BY-OVERLAY";

  private static final Pattern VAR_REF = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
  private static final Pattern ROLE_ARN =
      Pattern.compile("arn:aws:iam::\\d{12}:role/[\\w+=,.@/-]+");
  private static final Pattern SLEEP = Pattern.compile("^(?:sleep|/bin/sleep|/usr/bin/sleep)$");

  private final String env;
  private final List<HasMetadata> resources;
  private final Map<String, String> outputs;
  private final List<String> violations = new ArrayList<>();

  private WorkloadPolicy(String env, List<HasMetadata> resources, Map<String, String> outputs) {
    this.env = env;
    this.resources = resources;
    this.outputs = outputs;
  }

  /** All checks at once. */
  static List<String> check(String env, List<HasMetadata> resources, Map<String, String> outputs) {
    WorkloadPolicy policy = new WorkloadPolicy(env, resources, outputs);
    policy.workloadsPresent();
    policy.namespaces();
    policy.containers();
    policy.imageTags();
    policy.shutdown();
    policy.topologySpread();
    policy.serviceAccounts();
    policy.settings();
    policy.databasePassword();
    policy.networkPolicies();
    policy.ingress();
    policy.autoscalingAndDisruption();
    policy.production();
    return policy.violations;
  }

  private void fail(String message) {
    violations.add(message);
  }

  private List<Deployment> deployments() {
    return Manifests.ofType(resources, Deployment.class);
  }

  private static String id(HasMetadata r) {
    return r.getKind() + " " + r.getMetadata().getName();
  }

  // ---------------------------------------------------------------------------------------------------------

  void workloadsPresent() {
    Set<String> names = new HashSet<>();
    deployments().forEach(d -> names.add(d.getMetadata().getName()));
    if (!names.equals(WORKLOADS)) {
      fail("Deployments must be exactly " + WORKLOADS + " but are " + names);
    }
    if (!Manifests.ofType(resources, io.fabric8.kubernetes.api.model.Secret.class).isEmpty()) {
      fail("Secrets must not be committed: they are created out of band (see kustomize/README.md)");
    }
  }

  void namespaces() {
    String expected = Project.namespace(env);
    for (HasMetadata r : resources) {
      if (r instanceof io.fabric8.kubernetes.api.model.Namespace ns) {
        if (!expected.equals(ns.getMetadata().getName())) {
          fail("Namespace is " + ns.getMetadata().getName() + ", expected " + expected);
        }
      } else if (!expected.equals(r.getMetadata().getNamespace())) {
        fail(
            id(r)
                + " is in namespace "
                + r.getMetadata().getNamespace()
                + ", expected "
                + expected);
      }
    }
  }

  void containers() {
    for (Deployment d : deployments()) {
      PodSpec pod = d.getSpec().getTemplate().getSpec();
      PodSecurityContext podSecurity =
          Optional.ofNullable(pod.getSecurityContext()).orElse(new PodSecurityContext());
      if (podSecurity.getSeccompProfile() == null
          || !"RuntimeDefault".equals(podSecurity.getSeccompProfile().getType())) {
        fail(id(d) + ": pod seccompProfile must be RuntimeDefault");
      }
      if (Boolean.TRUE.equals(pod.getHostNetwork())
          || Boolean.TRUE.equals(pod.getHostPID())
          || Boolean.TRUE.equals(pod.getHostIPC())) {
        fail(id(d) + ": must not share host namespaces");
      }
      List<Container> all = new ArrayList<>(pod.getContainers());
      Optional.ofNullable(pod.getInitContainers()).ifPresent(all::addAll);
      if (pod.getContainers().isEmpty()) {
        fail(id(d) + ": has no containers");
      }
      for (Container c : all) {
        String where = id(d) + " container " + c.getName();
        hardened(where, c.getSecurityContext(), podSecurity);
        limited(where, c);
      }
      for (Container c : pod.getContainers()) {
        String where = id(d) + " container " + c.getName();
        probe(where, "startupProbe", c.getStartupProbe(), "/health/started", c);
        probe(where, "livenessProbe", c.getLivenessProbe(), "/health/live", c);
        probe(where, "readinessProbe", c.getReadinessProbe(), "/health/ready", c);
        if (c.getPorts() == null
            || c.getPorts().stream()
                .noneMatch(p -> p.getContainerPort() == APP_PORT && "http".equals(p.getName()))) {
          fail(where + ": must expose containerPort " + APP_PORT + " named http");
        }
        writableDirs(where, c, pod);
      }
    }
  }

  private void hardened(String where, SecurityContext sc, PodSecurityContext pod) {
    if (sc == null) {
      fail(where + ": has no securityContext");
      return;
    }
    Boolean nonRoot = sc.getRunAsNonRoot() != null ? sc.getRunAsNonRoot() : pod.getRunAsNonRoot();
    Long uid = sc.getRunAsUser() != null ? sc.getRunAsUser() : pod.getRunAsUser();
    if (!Boolean.TRUE.equals(nonRoot)) {
      fail(where + ": runAsNonRoot must be true");
    }
    if (uid == null || uid == 0) {
      fail(where + ": runAsUser must be a non-zero numeric uid");
    }
    if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
      fail(where + ": readOnlyRootFilesystem must be true");
    }
    if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
      fail(where + ": allowPrivilegeEscalation must be false");
    }
    if (Boolean.TRUE.equals(sc.getPrivileged())) {
      fail(where + ": must not be privileged");
    }
    if (sc.getCapabilities() == null
        || sc.getCapabilities().getDrop() == null
        || !sc.getCapabilities().getDrop().contains("ALL")
        || (sc.getCapabilities().getAdd() != null && !sc.getCapabilities().getAdd().isEmpty())) {
      fail(where + ": must drop ALL capabilities and add none");
    }
    if (sc.getSeccompProfile() != null
        && !"RuntimeDefault".equals(sc.getSeccompProfile().getType())) {
      fail(where + ": seccompProfile must be RuntimeDefault");
    }
  }

  private void limited(String where, Container c) {
    var resources = c.getResources();
    Map<String, Quantity> requests =
        resources == null || resources.getRequests() == null ? Map.of() : resources.getRequests();
    Map<String, Quantity> limits =
        resources == null || resources.getLimits() == null ? Map.of() : resources.getLimits();
    for (String r : List.of("cpu", "memory")) {
      if (!requests.containsKey(r)) {
        fail(where + ": no " + r + " request");
      }
      if (!limits.containsKey(r)) {
        fail(where + ": no " + r + " limit");
      }
      if (requests.containsKey(r)
          && limits.containsKey(r)
          && Quantity.getAmountInBytes(requests.get(r))
                  .compareTo(Quantity.getAmountInBytes(limits.get(r)))
              > 0) {
        fail(where + ": " + r + " request exceeds its limit");
      }
    }
  }

  private void probe(String where, String kind, Probe probe, String path, Container c) {
    if (probe == null) {
      fail(where + ": no " + kind);
      return;
    }
    HTTPGetAction get = probe.getHttpGet();
    if (get == null || !path.equals(get.getPath())) {
      fail(where + ": " + kind + " must GET " + path);
      return;
    }
    if (!targetsPort(get.getPort(), c)) {
      fail(where + ": " + kind + " must probe port " + APP_PORT);
    }
  }

  private static boolean targetsPort(IntOrString port, Container c) {
    if (port == null) {
      return false;
    }
    if (port.getIntVal() != null) {
      return port.getIntVal() == APP_PORT;
    }
    return c.getPorts() != null
        && c.getPorts().stream()
            .anyMatch(
                p -> port.getStrVal().equals(p.getName()) && p.getContainerPort() == APP_PORT);
  }

  private void writableDirs(String where, Container c, PodSpec pod) {
    Set<String> emptyDirs = new HashSet<>();
    Optional.ofNullable(pod.getVolumes()).orElse(List.of()).stream()
        .filter(v -> v.getEmptyDir() != null)
        .map(Volume::getName)
        .forEach(emptyDirs::add);
    Set<String> mounted = new HashSet<>();
    for (VolumeMount m : Optional.ofNullable(c.getVolumeMounts()).orElse(List.of())) {
      if (emptyDirs.contains(m.getName()) && !Boolean.TRUE.equals(m.getReadOnly())) {
        mounted.add(m.getMountPath());
      }
    }
    for (String dir : WRITABLE_DIRS) {
      if (!mounted.contains(dir)) {
        fail(
            where
                + ": Liberty needs a writable emptyDir at "
                + dir
                + " (read-only root filesystem)");
      }
    }
  }

  void imageTags() {
    for (Deployment d : deployments()) {
      PodSpec pod = d.getSpec().getTemplate().getSpec();
      Stream.concat(
              pod.getContainers().stream(),
              Optional.ofNullable(pod.getInitContainers()).orElse(List.of()).stream())
          .forEach(
              c -> {
                String image = c.getImage();
                String where = id(d) + " container " + c.getName();
                if (image == null || image.isBlank()) {
                  fail(where + ": no image");
                  return;
                }
                String tag = tagOf(image);
                if (!"dev".equals(env) && (tag == null || tag.equals("latest"))) {
                  fail(
                      where
                          + ": image "
                          + image
                          + " must carry an explicit tag other than latest in "
                          + env);
                }
                if (!image.contains("/") || image.startsWith("payfast")) {
                  fail(
                      where
                          + ": image "
                          + image
                          + " is not a registry image (overlay `images:` missing?)");
                }
              });
      List<String> images =
          Stream.concat(
                  pod.getContainers().stream(),
                  Optional.ofNullable(pod.getInitContainers()).orElse(List.of()).stream())
              .map(Container::getImage)
              .distinct()
              .toList();
      if (images.size() != 1) {
        fail(id(d) + ": the init container must run the application image, found " + images);
      }
    }
  }

  /**
   * The tag of an image reference, or null when it has none (a digest counts as pinned: returns
   * "@digest").
   */
  static String tagOf(String image) {
    if (image.contains("@")) {
      return "@" + image.substring(image.indexOf('@') + 1);
    }
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    return colon > slash ? image.substring(colon + 1) : null;
  }

  void shutdown() {
    Integer delay = deregistrationDelay();
    for (Deployment d : deployments()) {
      PodSpec pod = d.getSpec().getTemplate().getSpec();
      for (Container c : pod.getContainers()) {
        Integer pause = preStopSleep(c);
        if (pause == null) {
          fail(
              id(d) + ": container " + c.getName() + " needs a preStop sleep (ALB deregistration)");
          continue;
        }
        if (delay == null || pause <= delay) {
          fail(
              id(d)
                  + ": preStop pause "
                  + pause
                  + " s must be longer than the ALB deregistration delay "
                  + delay
                  + " s");
        }
        Long grace = pod.getTerminationGracePeriodSeconds();
        if (grace == null || grace <= pause + 15) {
          fail(
              id(d)
                  + ": terminationGracePeriodSeconds "
                  + grace
                  + " must exceed the preStop pause "
                  + pause
                  + " s plus time for Liberty to stop (15 s or more)");
        }
      }
    }
  }

  private Integer deregistrationDelay() {
    for (Ingress ingress : Manifests.ofType(resources, Ingress.class)) {
      String attrs = annotation(ingress, "alb.ingress.kubernetes.io/target-group-attributes");
      if (attrs != null) {
        Matcher m = Pattern.compile("deregistration_delay\\.timeout_seconds=(\\d+)").matcher(attrs);
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
    }
    fail(
        "Ingress must set deregistration_delay.timeout_seconds in alb.ingress.kubernetes.io/target-group-attributes");
    return null;
  }

  private static Integer preStopSleep(Container c) {
    if (c.getLifecycle() == null || c.getLifecycle().getPreStop() == null) {
      return null;
    }
    var preStop = c.getLifecycle().getPreStop();
    if (preStop.getSleep() != null) {
      return preStop.getSleep().getSeconds().intValue();
    }
    if (preStop.getExec() != null
        && preStop.getExec().getCommand() != null
        && preStop.getExec().getCommand().size() == 2
        && SLEEP.matcher(preStop.getExec().getCommand().get(0)).matches()) {
      try {
        return Integer.parseInt(preStop.getExec().getCommand().get(1));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  void topologySpread() {
    for (Deployment d : deployments()) {
      var constraints =
          Optional.ofNullable(d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
              .orElse(List.of());
      boolean zones =
          constraints.stream()
              .anyMatch(
                  t ->
                      "topology.kubernetes.io/zone".equals(t.getTopologyKey())
                          && t.getMaxSkew() != null
                          && t.getMaxSkew() == 1
                          && selects(
                              t.getLabelSelector(),
                              d.getSpec().getTemplate().getMetadata().getLabels()));
      if (!zones) {
        fail(
            id(d)
                + ": needs a topology spread constraint over topology.kubernetes.io/zone (maxSkew 1) selecting its pods");
      }
    }
  }

  void serviceAccounts() {
    for (Deployment d : deployments()) {
      String name = d.getMetadata().getName();
      String saName = d.getSpec().getTemplate().getSpec().getServiceAccountName();
      if (!name.equals(saName)) {
        fail(
            id(d)
                + ": must run as ServiceAccount "
                + name
                + " (the IRSA trust policy names it), not "
                + saName);
      }
    }
    Map<String, String> roleOutputs =
        Map.of("auth-api", "AuthApiRoleArn", "transaction-api", "TransactionApiRoleArn");
    for (String workload : WORKLOADS) {
      Optional<ServiceAccount> sa =
          Manifests.ofType(resources, ServiceAccount.class).stream()
              .filter(s -> workload.equals(s.getMetadata().getName()))
              .findFirst();
      if (sa.isEmpty()) {
        fail("No ServiceAccount " + workload);
        continue;
      }
      String arn = annotation(sa.get(), "eks.amazonaws.com/role-arn");
      if (arn == null || !ROLE_ARN.matcher(arn).matches()) {
        fail(
            "ServiceAccount "
                + workload
                + ": eks.amazonaws.com/role-arn is not an IAM role ARN: "
                + arn);
      }
      String expected = outputs.get(roleOutputs.get(workload));
      if (!Objects.equals(arn, expected)) {
        fail(
            "ServiceAccount "
                + workload
                + ": role ARN "
                + arn
                + " differs from CloudFormation output "
                + roleOutputs.get(workload)
                + " = "
                + expected);
      }
    }
  }

  /**
   * Every $(VAR) in env values must resolve (envFrom ConfigMap keys or earlier env entries), no
   * placeholders.
   */
  void settings() {
    for (HasMetadata r : resources) {
      if (r instanceof ConfigMap cm && cm.getData() != null) {
        cm.getData()
            .forEach(
                (k, v) -> {
                  if (v != null && v.contains(PLACEHOLDER)) {
                    fail(id(r) + ": " + k + " still holds the placeholder " + PLACEHOLDER);
                  }
                });
      }
      Optional.ofNullable(r.getMetadata().getAnnotations())
          .orElse(Map.of())
          .forEach(
              (k, v) -> {
                if (v != null && v.contains(PLACEHOLDER)) {
                  fail(id(r) + ": annotation " + k + " still holds the placeholder " + PLACEHOLDER);
                }
              });
    }
    for (Ingress ingress : Manifests.ofType(resources, Ingress.class)) {
      for (IngressRule rule : Optional.ofNullable(ingress.getSpec().getRules()).orElse(List.of())) {
        if (rule.getHost() != null && rule.getHost().contains(PLACEHOLDER)) {
          fail(id(ingress) + ": host still holds the placeholder");
        }
      }
    }
    for (NetworkPolicy np : Manifests.ofType(resources, NetworkPolicy.class)) {
      peers(np)
          .forEach(
              peer -> {
                if (peer.getIpBlock() != null
                    && peer.getIpBlock().getCidr().contains(PLACEHOLDER)) {
                  fail(id(np) + ": ipBlock still holds the placeholder");
                }
              });
    }
    for (Deployment d : deployments()) {
      for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
        Set<String> defined = new HashSet<>();
        for (var from : Optional.ofNullable(c.getEnvFrom()).orElse(List.of())) {
          if (from.getConfigMapRef() != null) {
            String cmName = from.getConfigMapRef().getName();
            Optional<ConfigMap> cm =
                Manifests.ofType(resources, ConfigMap.class).stream()
                    .filter(m -> cmName.equals(m.getMetadata().getName()))
                    .findFirst();
            if (cm.isEmpty()) {
              fail(id(d) + ": envFrom ConfigMap " + cmName + " is not in the render");
            } else {
              defined.addAll(cm.get().getData().keySet());
            }
          }
        }
        for (EnvVar e : Optional.ofNullable(c.getEnv()).orElse(List.of())) {
          if (e.getValue() != null) {
            Matcher m = VAR_REF.matcher(e.getValue());
            while (m.find()) {
              if (!defined.contains(m.group(1))) {
                fail(
                    id(d)
                        + ": env "
                        + e.getName()
                        + " refers to $("
                        + m.group(1)
                        + "), which is not defined before it");
              }
            }
          }
          if (e.getValueFrom() != null
              && e.getValueFrom().getSecretKeyRef() != null
              && Boolean.TRUE.equals(e.getValueFrom().getSecretKeyRef().getOptional())) {
            fail(id(d) + ": secret " + e.getName() + " must not be optional");
          }
          defined.add(e.getName());
        }
        for (String required :
            List.of(
                "PAYFAST_MODULES",
                "PAYFAST_DB_URL",
                "PAYFAST_DB_PASSWORD_FILE",
                "PAYFAST_REDIS_URL",
                "PAYFAST_REDIS_PASSWORD",
                "PAYFAST_S3_LOGS_BUCKET",
                "PAYFAST_S3_REPORTS_BUCKET",
                "PAYFAST_S3_KMS_KEY_ID",
                "PAYFAST_AUTH_PROVIDER",
                "PAYFAST_AUTH_COGNITO_USER_POOL_ID",
                "PAYFAST_AUTH_COGNITO_CLIENT_ID")) {
          if (!defined.contains(required)) {
            fail(id(d) + ": setting " + required + " is not provided");
          }
        }
        String secretsFromPlainEnv =
            Optional.ofNullable(c.getEnv()).orElse(List.of()).stream()
                .filter(e -> e.getName().endsWith("PASSWORD") && e.getValue() != null)
                .map(EnvVar::getName)
                .findFirst()
                .orElse(null);
        if (secretsFromPlainEnv != null) {
          fail(id(d) + ": " + secretsFromPlainEnv + " must come from a Secret, not a literal");
        }
      }
    }
  }

  /**
   * RDS rotates the database password (every 7 days): the pods read it from a file of the mounted
   * Secret {@code payfast-db}, which the kubelet refreshes, never from an environment variable,
   * which stays what it was at the pod's start. A subPath mount is never refreshed either.
   */
  void databasePassword() {
    for (Deployment d : deployments()) {
      PodSpec pod = d.getSpec().getTemplate().getSpec();
      for (Container c : pod.getContainers()) {
        List<EnvVar> env = Optional.ofNullable(c.getEnv()).orElse(List.of());
        if (env.stream().anyMatch(e -> e.getName().equals("PAYFAST_DB_PASSWORD"))) {
          fail(
              id(d)
                  + ": PAYFAST_DB_PASSWORD is an environment variable, which keeps the password of the pod's start;"
                  + " mount Secret payfast-db and set PAYFAST_DB_PASSWORD_FILE");
        }
        String file =
            env.stream()
                .filter(e -> e.getName().equals("PAYFAST_DB_PASSWORD_FILE"))
                .map(EnvVar::getValue)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        if (file == null) {
          continue; // settings() reports the missing setting
        }
        boolean mounted = false;
        for (VolumeMount m : Optional.ofNullable(c.getVolumeMounts()).orElse(List.of())) {
          Volume volume =
              Optional.ofNullable(pod.getVolumes()).orElse(List.of()).stream()
                  .filter(v -> v.getName().equals(m.getName()))
                  .findFirst()
                  .orElse(null);
          if (volume == null
              || volume.getSecret() == null
              || !"payfast-db".equals(volume.getSecret().getSecretName())) {
            continue;
          }
          if (m.getSubPath() != null || m.getSubPathExpr() != null) {
            fail(
                id(d)
                    + ": Secret payfast-db is mounted with subPath, which the kubelet never refreshes");
          }
          if (Boolean.TRUE.equals(volume.getSecret().getOptional())) {
            fail(id(d) + ": Secret payfast-db must not be optional");
          }
          List<io.fabric8.kubernetes.api.model.KeyToPath> items =
              Optional.ofNullable(volume.getSecret().getItems()).orElse(List.of());
          String path =
              items.isEmpty()
                  ? "password"
                  : items.stream()
                      .filter(i -> "password".equals(i.getKey()))
                      .map(io.fabric8.kubernetes.api.model.KeyToPath::getPath)
                      .findFirst()
                      .orElse(null);
          if (path != null && file.equals(m.getMountPath().replaceAll("/+$", "") + "/" + path)) {
            mounted = true;
          }
        }
        if (!mounted) {
          fail(
              id(d)
                  + ": PAYFAST_DB_PASSWORD_FILE "
                  + file
                  + " is not the key password of a mounted Secret payfast-db");
        }
      }
    }
  }

  /**
   * The ALB's subnets (AlbSubnetCidr1..3) and the database subnets (DatabaseSubnetCidr1..3) of the
   * overlay.
   */
  static Set<String> cidrs(Map<String, String> outputs, String prefix) {
    Set<String> cidrs = new java.util.TreeSet<>();
    for (int i = 1; i <= 3; i++) {
      cidrs.add(String.valueOf(outputs.get(prefix + i)));
    }
    return cidrs;
  }

  void networkPolicies() {
    List<NetworkPolicy> policies = Manifests.ofType(resources, NetworkPolicy.class);
    Set<String> albSubnets = cidrs(outputs, "AlbSubnetCidr");
    Set<String> databaseSubnets = cidrs(outputs, "DatabaseSubnetCidr");
    for (Deployment d : deployments()) {
      Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
      List<NetworkPolicy> selecting =
          policies.stream().filter(p -> selects(p.getSpec().getPodSelector(), labels)).toList();
      for (String type : List.of("Ingress", "Egress")) {
        if (selecting.stream()
            .noneMatch(
                p ->
                    p.getSpec().getPolicyTypes() != null
                        && p.getSpec().getPolicyTypes().contains(type))) {
          fail(id(d) + ": no NetworkPolicy with policyType " + type + " selects its pods");
        }
      }
      for (NetworkPolicy p : selecting) {
        for (NetworkPolicyIngressRule rule :
            Optional.ofNullable(p.getSpec().getIngress()).orElse(List.of())) {
          if (rule.getPorts() == null
              || rule.getPorts().isEmpty()
              || rule.getPorts().stream().anyMatch(port -> !isPort(port, APP_PORT))) {
            fail(
                id(p)
                    + ": ingress to "
                    + d.getMetadata().getName()
                    + " must be limited to TCP "
                    + APP_PORT);
          }
          if (!albSubnets.equals(ipBlocks(rule.getFrom()))) {
            fail(
                id(p)
                    + ": ingress must come only from the ALB's subnets "
                    + albSubnets
                    + ", not "
                    + ipBlocks(rule.getFrom()));
          }
        }
        for (NetworkPolicyEgressRule rule :
            Optional.ofNullable(p.getSpec().getEgress()).orElse(List.of())) {
          if (rule.getPorts() == null || rule.getPorts().isEmpty()) {
            fail(id(p) + ": an egress rule allows every port");
            continue;
          }
          for (NetworkPolicyPort port : rule.getPorts()) {
            Integer number = port.getPort() == null ? null : port.getPort().getIntVal();
            if (number == null
                || !ALLOWED_EGRESS_PORTS.contains(number)
                || port.getEndPort() != null) {
              fail(
                  id(p)
                      + ": egress port "
                      + port.getPort()
                      + " is not one of "
                      + ALLOWED_EGRESS_PORTS);
            }
            if (number != null
                && (number == 5432 || number == 6379)
                && !databaseSubnets.equals(ipBlocks(rule.getTo()))) {
              fail(
                  id(p)
                      + ": PostgreSQL/Redis egress must go only to the database subnets "
                      + databaseSubnets
                      + ", not "
                      + ipBlocks(rule.getTo()));
            }
          }
        }
      }
    }
  }

  /**
   * The CIDRs of a rule's peers; a peer that is not a plain ipBlock (selectors, except lists) shows
   * as "*".
   */
  private static Set<String> ipBlocks(List<NetworkPolicyPeer> peers) {
    Set<String> cidrs = new java.util.TreeSet<>();
    for (NetworkPolicyPeer peer : Optional.ofNullable(peers).orElse(List.of())) {
      boolean plain =
          peer.getIpBlock() != null
              && peer.getPodSelector() == null
              && peer.getNamespaceSelector() == null
              && (peer.getIpBlock().getExcept() == null || peer.getIpBlock().getExcept().isEmpty());
      cidrs.add(plain ? peer.getIpBlock().getCidr() : "*");
    }
    return cidrs;
  }

  private static boolean isPort(NetworkPolicyPort port, int number) {
    return port.getPort() != null
        && Integer.valueOf(number).equals(port.getPort().getIntVal())
        && (port.getProtocol() == null || "TCP".equals(port.getProtocol()))
        && port.getEndPort() == null;
  }

  private static Stream<NetworkPolicyPeer> peers(NetworkPolicy np) {
    Stream<NetworkPolicyPeer> in =
        Optional.ofNullable(np.getSpec().getIngress()).orElse(List.of()).stream()
            .flatMap(r -> Optional.ofNullable(r.getFrom()).orElse(List.of()).stream());
    Stream<NetworkPolicyPeer> out =
        Optional.ofNullable(np.getSpec().getEgress()).orElse(List.of()).stream()
            .flatMap(r -> Optional.ofNullable(r.getTo()).orElse(List.of()).stream());
    return Stream.concat(in, out);
  }

  /** matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist) against a label set. */
  static boolean selects(LabelSelector selector, Map<String, String> labels) {
    if (selector == null || labels == null) {
      return false;
    }
    Map<String, String> match = Optional.ofNullable(selector.getMatchLabels()).orElse(Map.of());
    for (var e : match.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (var expr : Optional.ofNullable(selector.getMatchExpressions()).orElse(List.of())) {
      String value = labels.get(expr.getKey());
      List<String> values = Optional.ofNullable(expr.getValues()).orElse(List.of());
      boolean ok =
          switch (expr.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  void ingress() {
    List<Ingress> ingresses = Manifests.ofType(resources, Ingress.class);
    if (ingresses.size() != 1) {
      fail("Expected exactly one Ingress, found " + ingresses.size());
      return;
    }
    Ingress ingress = ingresses.get(0);
    Map<String, String> required =
        Map.of(
            "alb.ingress.kubernetes.io/scheme", "internet-facing",
            "alb.ingress.kubernetes.io/target-type", "ip",
            "alb.ingress.kubernetes.io/healthcheck-path", "/health/ready",
            // The node group admits the ALB group on 9080 (cloudformation/network.yaml); the
            // controller adds nothing.
            "alb.ingress.kubernetes.io/manage-backend-security-group-rules", "false",
            "alb.ingress.kubernetes.io/security-groups",
                String.valueOf(outputs.get("AlbSecurityGroupId")),
            "alb.ingress.kubernetes.io/wafv2-acl-arn", String.valueOf(outputs.get("AlbWebAclArn")),
            "alb.ingress.kubernetes.io/certificate-arn",
                String.valueOf(outputs.get("CertificateArn")));
    required.forEach(
        (key, value) -> {
          if (!value.equals(annotation(ingress, key))) {
            fail(
                id(ingress)
                    + ": annotation "
                    + key
                    + " must be "
                    + value
                    + " but is "
                    + annotation(ingress, key));
          }
        });
    // Only CloudFront reaches the ALB, and only on 443 (its security group): no port-80 listener
    // nobody can use.
    String listen =
        String.valueOf(annotation(ingress, "alb.ingress.kubernetes.io/listen-ports"))
            .replace(" ", "");
    if (!listen.equals("[{\"HTTPS\":443}]")) {
      fail(id(ingress) + ": must listen on HTTPS 443 only, listen-ports = " + listen);
    }
    if (annotation(ingress, "alb.ingress.kubernetes.io/ssl-redirect") != null) {
      fail(id(ingress) + ": ssl-redirect needs an HTTP listener, which the ALB must not have");
    }
    if (!"alb".equals(ingress.getSpec().getIngressClassName())) {
      fail(id(ingress) + ": ingressClassName must be alb");
    }
    Map<String, String> routed = new java.util.HashMap<>();
    for (IngressRule rule : Optional.ofNullable(ingress.getSpec().getRules()).orElse(List.of())) {
      for (HTTPIngressPath path : rule.getHttp().getPaths()) {
        var backend = path.getBackend().getService();
        if (!"Prefix".equals(path.getPathType())) {
          fail(id(ingress) + ": path " + path.getPath() + " must be a Prefix match");
        }
        routed.put(path.getPath(), backend == null ? null : backend.getName());
        if (backend != null) {
          backendReachesPods(
              path.getPath(),
              backend.getName(),
              backend.getPort().getName(),
              backend.getPort().getNumber());
        }
      }
    }
    if (!routed.equals(ROUTES)) {
      fail(id(ingress) + ": routes must be " + ROUTES + " but are " + routed);
    }
  }

  /**
   * The Service exists, selects the workload's pods, and its port leads to the container's 9080.
   */
  private void backendReachesPods(
      String path, String serviceName, String portName, Integer portNumber) {
    Optional<Service> service =
        Manifests.ofType(resources, Service.class).stream()
            .filter(s -> serviceName.equals(s.getMetadata().getName()))
            .findFirst();
    Optional<Deployment> deployment =
        deployments().stream()
            .filter(d -> serviceName.equals(d.getMetadata().getName()))
            .findFirst();
    if (service.isEmpty() || deployment.isEmpty()) {
      fail("Ingress path " + path + ": no Service and Deployment named " + serviceName);
      return;
    }
    Map<String, String> podLabels =
        deployment.get().getSpec().getTemplate().getMetadata().getLabels();
    Map<String, String> selector = service.get().getSpec().getSelector();
    if (selector == null
        || selector.isEmpty()
        || !selector.entrySet().stream()
            .allMatch(e -> e.getValue().equals(podLabels.get(e.getKey())))) {
      fail("Service " + serviceName + " does not select the pods of Deployment " + serviceName);
    }
    Optional<ServicePort> port =
        service.get().getSpec().getPorts().stream()
            .filter(
                p ->
                    portName != null
                        ? portName.equals(p.getName())
                        : Objects.equals(portNumber, p.getPort()))
            .findFirst();
    if (port.isEmpty()) {
      fail(
          "Ingress path "
              + path
              + ": Service "
              + serviceName
              + " has no port "
              + (portName != null ? portName : portNumber));
      return;
    }
    Container app = deployment.get().getSpec().getTemplate().getSpec().getContainers().get(0);
    if (!targetsPort(port.get().getTargetPort(), app)) {
      fail(
          "Service "
              + serviceName
              + ": port "
              + port.get().getName()
              + " does not lead to container port "
              + APP_PORT);
    }
  }

  void autoscalingAndDisruption() {
    for (Deployment d : deployments()) {
      String name = d.getMetadata().getName();
      Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
      List<HorizontalPodAutoscaler> hpas =
          Manifests.ofType(resources, HorizontalPodAutoscaler.class).stream()
              .filter(
                  h ->
                      "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                          && name.equals(h.getSpec().getScaleTargetRef().getName()))
              .toList();
      if (hpas.size() != 1) {
        fail(id(d) + ": expected one HorizontalPodAutoscaler, found " + hpas.size());
      } else {
        var spec = hpas.get(0).getSpec();
        int min = spec.getMinReplicas() == null ? 1 : spec.getMinReplicas();
        if (min > spec.getMaxReplicas()) {
          fail(id(d) + ": HPA minReplicas " + min + " > maxReplicas " + spec.getMaxReplicas());
        }
        // Each `kubectl apply` would reset the HPA's choice to spec.replicas: the HPA alone owns
        // the count.
        if (d.getSpec().getReplicas() != null) {
          fail(
              id(d)
                  + ": spec.replicas "
                  + d.getSpec().getReplicas()
                  + " fights the HorizontalPodAutoscaler; leave it out");
        }
        if (spec.getMetrics() == null || spec.getMetrics().isEmpty()) {
          fail(id(d) + ": HPA has no metrics");
        }
      }
      List<PodDisruptionBudget> pdbs =
          Manifests.ofType(resources, PodDisruptionBudget.class).stream()
              .filter(p -> selects(p.getSpec().getSelector(), labels))
              .toList();
      if (pdbs.size() != 1) {
        fail(id(d) + ": expected one PodDisruptionBudget selecting its pods, found " + pdbs.size());
      }
    }
  }

  /** prod: HPA floor >= 3 (one pod per zone), PDB minAvailable >= 2. */
  void production() {
    if (!"prod".equals(env)) {
      return;
    }
    for (Deployment d : deployments()) {
      Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
      Manifests.ofType(resources, HorizontalPodAutoscaler.class).stream()
          .filter(h -> d.getMetadata().getName().equals(h.getSpec().getScaleTargetRef().getName()))
          .forEach(
              h -> {
                if (h.getSpec().getMinReplicas() == null || h.getSpec().getMinReplicas() < 3) {
                  fail(id(h) + ": prod minReplicas must be at least 3");
                }
              });
      Manifests.ofType(resources, PodDisruptionBudget.class).stream()
          .filter(p -> selects(p.getSpec().getSelector(), labels))
          .forEach(
              p -> {
                IntOrString min = p.getSpec().getMinAvailable();
                if (min == null || min.getIntVal() == null || min.getIntVal() < 2) {
                  fail(
                      id(p)
                          + ": prod PodDisruptionBudget needs minAvailable >= 2 (an integer), has "
                          + min);
                }
                if (p.getSpec().getMaxUnavailable() != null) {
                  fail(id(p) + ": prod PodDisruptionBudget must not also set maxUnavailable");
                }
              });
    }
  }

  private static String annotation(HasMetadata r, String key) {
    Map<String, String> annotations = r.getMetadata().getAnnotations();
    return annotations == null ? null : annotations.get(key);
  }
}

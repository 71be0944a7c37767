package com.cloudvista.payfast.deploy.kubernetes;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Pod Security Standards, "restricted" profile (which includes "baseline"), as the PodSecurity
 * admission controller checks them (kubernetes.io/docs/concepts/security/pod-security-standards,
 * policy version latest). The namespace enforces this profile, so a pod that breaks one of these
 * rules is rejected at admission: better to know from a test than from a rollout stuck at 0 pods.
 */
final class PodSecurityStandard {

  static final Set<String> BASELINE_CAPABILITIES =
      Set.of(
          "AUDIT_WRITE",
          "CHOWN",
          "DAC_OVERRIDE",
          "FOWNER",
          "FSETID",
          "KILL",
          "MKNOD",
          "NET_BIND_SERVICE",
          "SETFCAP",
          "SETGID",
          "SETPCAP",
          "SETUID",
          "SYS_CHROOT");
  static final Set<String> SAFE_SYSCTLS =
      Set.of(
          "kernel.shm_rmid_forced",
          "net.ipv4.ip_local_port_range",
          "net.ipv4.ip_unprivileged_port_start",
          "net.ipv4.tcp_syncookies",
          "net.ipv4.ping_group_range",
          "net.ipv4.ip_local_reserved_ports",
          "net.ipv4.tcp_keepalive_time",
          "net.ipv4.tcp_fin_timeout",
          "net.ipv4.tcp_keepalive_intvl",
          "net.ipv4.tcp_keepalive_probes");
  static final Set<String> SELINUX_TYPES =
      Set.of("container_t", "container_init_t", "container_kvm_t", "container_engine_t");

  private final List<String> violations = new ArrayList<>();
  private final String where;

  private PodSecurityStandard(String where) {
    this.where = where;
  }

  /**
   * Every rule of the restricted profile that the pod breaks, as readable messages (empty:
   * admitted).
   */
  static List<String> restricted(String where, PodSpec pod, Map<String, String> podAnnotations) {
    PodSecurityStandard check = new PodSecurityStandard(where);
    check.baseline(pod, podAnnotations == null ? Map.of() : podAnnotations);
    check.restrictedOnly(pod);
    return check.violations;
  }

  private void fail(String message) {
    violations.add(where + ": " + message);
  }

  private static Stream<Container> containers(PodSpec pod) {
    return Stream.concat(
        Optional.ofNullable(pod.getInitContainers()).orElse(List.of()).stream(),
        pod.getContainers().stream());
  }

  private static SecurityContext context(Container c) {
    return Optional.ofNullable(c.getSecurityContext()).orElseGet(SecurityContext::new);
  }

  private void baseline(PodSpec pod, Map<String, String> annotations) {
    PodSecurityContext podContext =
        Optional.ofNullable(pod.getSecurityContext()).orElseGet(PodSecurityContext::new);
    if (Boolean.TRUE.equals(pod.getHostNetwork())
        || Boolean.TRUE.equals(pod.getHostPID())
        || Boolean.TRUE.equals(pod.getHostIPC())) {
      fail("host namespaces (hostNetwork, hostPID, hostIPC) must not be shared");
    }
    for (Volume v : Optional.ofNullable(pod.getVolumes()).orElse(List.of())) {
      if (v.getHostPath() != null) {
        fail("volume " + v.getName() + " is a hostPath");
      }
    }
    if (podContext.getWindowsOptions() != null
        && Boolean.TRUE.equals(podContext.getWindowsOptions().getHostProcess())) {
      fail("Windows HostProcess pods are not allowed");
    }
    Optional.ofNullable(podContext.getSysctls()).orElse(List.of()).stream()
        .filter(s -> !SAFE_SYSCTLS.contains(s.getName()))
        .forEach(s -> fail("sysctl " + s.getName() + " is not in the safe set"));
    seLinux("pod", podContext.getSeLinuxOptions());
    if (isUnconfined(podContext.getSeccompProfile())) {
      fail("pod seccompProfile must not be Unconfined");
    }
    annotations.forEach(
        (key, value) -> {
          if (key.startsWith("container.apparmor.security.beta.kubernetes.io/")
              && !value.equals("runtime/default")
              && !value.startsWith("localhost/")) {
            fail(
                "AppArmor profile "
                    + value
                    + " of "
                    + key
                    + " is neither runtime/default nor localhost/*");
          }
        });
    containers(pod)
        .forEach(
            c -> {
              SecurityContext sc = context(c);
              String name = "container " + c.getName();
              if (Boolean.TRUE.equals(sc.getPrivileged())) {
                fail(name + " is privileged");
              }
              if (sc.getWindowsOptions() != null
                  && Boolean.TRUE.equals(sc.getWindowsOptions().getHostProcess())) {
                fail(name + " is a Windows HostProcess container");
              }
              added(sc).stream()
                  .filter(cap -> !BASELINE_CAPABILITIES.contains(cap))
                  .forEach(
                      cap -> fail(name + " adds capability " + cap + ", beyond the baseline set"));
              for (ContainerPort port : Optional.ofNullable(c.getPorts()).orElse(List.of())) {
                if (port.getHostPort() != null && port.getHostPort() != 0) {
                  fail(name + " uses hostPort " + port.getHostPort());
                }
              }
              if (sc.getProcMount() != null && !"Default".equals(sc.getProcMount())) {
                fail(name + " procMount must be Default");
              }
              if (isUnconfined(sc.getSeccompProfile())) {
                fail(name + " seccompProfile must not be Unconfined");
              }
              if (sc.getAppArmorProfile() != null
                  && !Set.of("RuntimeDefault", "Localhost")
                      .contains(sc.getAppArmorProfile().getType())) {
                fail(name + " AppArmor profile must be RuntimeDefault or Localhost");
              }
              seLinux(name, sc.getSeLinuxOptions());
            });
  }

  private void restrictedOnly(PodSpec pod) {
    PodSecurityContext podContext =
        Optional.ofNullable(pod.getSecurityContext()).orElseGet(PodSecurityContext::new);
    for (Volume v : Optional.ofNullable(pod.getVolumes()).orElse(List.of())) {
      boolean allowed =
          v.getConfigMap() != null
              || v.getCsi() != null
              || v.getDownwardAPI() != null
              || v.getEmptyDir() != null
              || v.getEphemeral() != null
              || v.getPersistentVolumeClaim() != null
              || v.getProjected() != null
              || v.getSecret() != null;
      if (!allowed) {
        fail("volume " + v.getName() + " is of a type the restricted profile does not allow");
      }
    }
    if (Long.valueOf(0).equals(podContext.getRunAsUser())) {
      fail("pod runAsUser must not be 0");
    }
    if (Boolean.FALSE.equals(podContext.getRunAsNonRoot())) {
      fail("pod runAsNonRoot must not be false");
    }
    boolean podSeccomp = isConfined(podContext.getSeccompProfile());
    containers(pod)
        .forEach(
            c -> {
              SecurityContext sc = context(c);
              String name = "container " + c.getName();
              if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
                fail(name + " must set allowPrivilegeEscalation: false");
              }
              Boolean nonRoot =
                  sc.getRunAsNonRoot() != null
                      ? sc.getRunAsNonRoot()
                      : podContext.getRunAsNonRoot();
              if (!Boolean.TRUE.equals(nonRoot)) {
                fail(name + " must run with runAsNonRoot: true (its own or the pod's)");
              }
              if (Long.valueOf(0).equals(sc.getRunAsUser())) {
                fail(name + " runAsUser must not be 0");
              }
              if (!(sc.getSeccompProfile() != null
                  ? isConfined(sc.getSeccompProfile())
                  : podSeccomp)) {
                fail(
                    name
                        + " needs seccompProfile RuntimeDefault or Localhost (its own or the pod's)");
              }
              List<String> dropped =
                  Optional.ofNullable(sc.getCapabilities())
                      .map(Capabilities::getDrop)
                      .orElse(List.of());
              if (!dropped.contains("ALL")) {
                fail(name + " must drop ALL capabilities");
              }
              added(sc).stream()
                  .filter(cap -> !cap.equals("NET_BIND_SERVICE"))
                  .forEach(cap -> fail(name + " may add only NET_BIND_SERVICE, adds " + cap));
            });
  }

  private void seLinux(String name, io.fabric8.kubernetes.api.model.SELinuxOptions options) {
    if (options == null) {
      return;
    }
    if (options.getType() != null
        && !options.getType().isEmpty()
        && !SELINUX_TYPES.contains(options.getType())) {
      fail(name + " SELinux type " + options.getType() + " is not allowed");
    }
    if (options.getUser() != null || options.getRole() != null) {
      fail(name + " must not set an SELinux user or role");
    }
  }

  private static List<String> added(SecurityContext sc) {
    return Optional.ofNullable(sc.getCapabilities()).map(Capabilities::getAdd).orElse(List.of());
  }

  private static boolean isUnconfined(SeccompProfile profile) {
    return profile != null && "Unconfined".equals(profile.getType());
  }

  private static boolean isConfined(SeccompProfile profile) {
    return profile != null
        && ("RuntimeDefault".equals(profile.getType()) || "Localhost".equals(profile.getType()));
  }
}

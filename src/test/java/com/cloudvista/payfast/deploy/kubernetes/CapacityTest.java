package com.cloudvista.payfast.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudvista.payfast.deploy.cloudformation.Templates;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pods fit the nodes: the HPA minimum of every workload on NodeMinSize nodes (or the
 * environment cannot schedule its own minimum), and the HPA maximum on NodeMaxSize nodes (which
 * Cluster Autoscaler can reach). Placement is first-fit by CPU and memory requests on each node's
 * allocatable capacity after the DaemonSets, with the cluster add-ons as one more block to place.
 */
class CapacityTest {

  /**
   * Allocatable CPU (millicores) and memory (MiB) of an EKS AL2023 node: capacity minus
   * kube-reserved and eviction.
   */
  record Node(int cpu, int memory) {}

  /**
   * t3.large: 2 vCPU, 8 GiB; kube-reserved 70m CPU and 11 MiB x 35 pods + 255 MiB, eviction 100
   * MiB, ~350 MiB of the 8 GiB not visible to the kernel.
   */
  static final Map<String, Node> ALLOCATABLE =
      Map.of("t3.large", new Node(1930, 7100), "t3.xlarge", new Node(3920, 14800));

  /**
   * Per node: aws-node (VPC CNI with its network policy agent), kube-proxy, eks-pod-identity-agent.
   */
  static final Node DAEMONSETS = new Node(150, 300);

  /**
   * Once per cluster: CoreDNS x2, AWS Load Balancer Controller x2, metrics-server, Cluster
   * Autoscaler.
   */
  static final Node ADD_ONS = new Node(600, 1500);

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void theMinimumFitsTheSmallestNodeGroup(String env) {
    assertThat(unplaced(env, h -> h.getSpec().getMinReplicas(), "NodeMinSize"))
        .as("%s: pods at the HPA minimum that NodeMinSize nodes cannot hold", env)
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void theAutoscalerMaximumFitsTheLargestNodeGroup(String env) {
    assertThat(unplaced(env, h -> h.getSpec().getMaxReplicas(), "NodeMaxSize"))
        .as("%s: pods at the HPA maximum that NodeMaxSize nodes cannot hold", env)
        .isEmpty();
  }

  /**
   * Negative control: prod as it was (1 CPU per pod, six at the minimum, three t3.large) does not
   * fit.
   */
  @Test
  void sixOneCpuPodsDoNotFitThreeLargeNodes() {
    List<Node> blocks = new ArrayList<>(List.of(ADD_ONS));
    for (int i = 0; i < 6; i++) {
      blocks.add(new Node(1000, 2048));
    }
    assertThat(firstFit(blocks, 3, ALLOCATABLE.get("t3.large"))).isNotEmpty();
  }

  private static List<Node> unplaced(
      String env, ToIntFunction<HorizontalPodAutoscaler> replicas, String nodeCount) {
    List<HasMetadata> resources = KustomizeOverlaysTest.rendered(env);
    List<Node> blocks = new ArrayList<>(List.of(ADD_ONS));
    for (Deployment d : Manifests.ofType(resources, Deployment.class)) {
      HorizontalPodAutoscaler hpa =
          Manifests.named(resources, HorizontalPodAutoscaler.class, d.getMetadata().getName());
      Node pod = requests(d);
      for (int i = 0; i < replicas.applyAsInt(hpa); i++) {
        blocks.add(pod);
      }
    }
    Map<String, String> parameters = Templates.parameters(env);
    String type =
        parameters.getOrDefault(
            "NodeInstanceType",
            String.valueOf(
                Templates.map(
                        Templates.map(Templates.load("eks").get("Parameters"))
                            .get("NodeInstanceType"))
                    .get("Default")));
    assertThat(ALLOCATABLE).as("allocatable capacity of %s is known", type).containsKey(type);
    return firstFit(blocks, Integer.parseInt(parameters.get(nodeCount)), ALLOCATABLE.get(type));
  }

  /**
   * What a pod asks the scheduler for: the larger of its init containers and the sum of its
   * containers.
   */
  private static Node requests(Deployment d) {
    var spec = d.getSpec().getTemplate().getSpec();
    int cpu = 0;
    int memory = 0;
    for (var c : spec.getContainers()) {
      cpu += millicores(c.getResources().getRequests().get("cpu"));
      memory += mebibytes(c.getResources().getRequests().get("memory"));
    }
    for (var c : spec.getInitContainers()) {
      cpu = Math.max(cpu, millicores(c.getResources().getRequests().get("cpu")));
      memory = Math.max(memory, mebibytes(c.getResources().getRequests().get("memory")));
    }
    return new Node(cpu, memory);
  }

  /** The blocks that first-fit-decreasing cannot place on {@code count} nodes of that size. */
  static List<Node> firstFit(List<Node> blocks, int count, Node allocatable) {
    int[] cpu = new int[count];
    int[] memory = new int[count];
    for (int i = 0; i < count; i++) {
      cpu[i] = allocatable.cpu() - DAEMONSETS.cpu();
      memory[i] = allocatable.memory() - DAEMONSETS.memory();
    }
    List<Node> unplaced = new ArrayList<>();
    for (Node block :
        blocks.stream().sorted(Comparator.comparingInt(Node::cpu).reversed()).toList()) {
      int node = 0;
      while (node < count && (cpu[node] < block.cpu() || memory[node] < block.memory())) {
        node++;
      }
      if (node == count) {
        unplaced.add(block);
      } else {
        cpu[node] -= block.cpu();
        memory[node] -= block.memory();
      }
    }
    return unplaced;
  }

  private static int millicores(Quantity q) {
    return Quantity.getAmountInBytes(q).multiply(BigDecimal.valueOf(1000)).intValue();
  }

  private static int mebibytes(Quantity q) {
    return Quantity.getAmountInBytes(q).divide(BigDecimal.valueOf(1024 * 1024)).intValue();
  }
}

package org.persistentchat.it.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.logging.Logger;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.TestServer;
import org.persistentchat.sip.testing.TcpPeer;
import org.persistentchat.sip.testing.UdpPeer;

/**
 * Redeploying the EAR again and again: the resource adapter's stop releases its sockets (the next
 * start binds the same ports), its threads end, and neither heap nor loaded classes pile up (an
 * undeployed EAR's class loaders are let go). Figures come from the server's own platform MBeans,
 * read through the management API, after full GCs; they are counts, not timings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedeployLoopIT {

  private static final Logger LOG = Logger.getLogger(RedeployLoopIT.class);
  private static final String EAR = "pchat.ear";
  /** Enough cycles for a per-cycle leak to stand out above noise, few enough for two busy cores. */
  private static final int CYCLES = 5;
  /** A full GC may end with a class loader queued for finalization; the next one frees it. */
  private static final int MAX_GCS = 4;
  private static final ModelNode THREADING = Operations.createAddress("core-service", "platform-mbean", "type", "threading");
  private static final ModelNode MEMORY = Operations.createAddress("core-service", "platform-mbean", "type", "memory");
  private static final ModelNode CLASSES = Operations.createAddress("core-service", "platform-mbean", "type", "class-loading");

  @ArquillianResource
  private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @Test
  void givenTheDeployedEar_whenItIsRedeployedFiveTimes_thenSipStillAnswersAndNoThreadsHeapOrClassesAccumulate()
      throws Exception {
    int port = TestServer.sipPort();
    assertThat(deployments()).contains(EAR);
    // What one deployment itself loads, to size the class bound below: a deployment that is not
    // let go keeps every class it loaded, and the next one loads them all again. Counted on the
    // JVM's running total of classes ever loaded, which unloading (or a copy let go during the
    // deploy) cannot shrink.
    execute(Operations.createOperation("undeploy", deploymentAddress()));
    Figures undeployed = figures();
    execute(Operations.createOperation("deploy", deploymentAddress()));
    Figures deployed = figures();
    long classesPerDeployment = deployed.everLoaded - undeployed.everLoaded;
    LOG.infof("undeployed: %s; deployed: %s; classes one deployment loads: %d", undeployed, deployed, classesPerDeployment);
    assertThat(classesPerDeployment).as("a deployment loads its classes").isPositive();

    // When
    List<Figures> cycles = new ArrayList<>();
    for (int cycle = 1; cycle <= CYCLES; cycle++) {
      execute(Operations.createOperation("undeploy", deploymentAddress()));
      execute(Operations.createOperation("deploy", deploymentAddress()));
      assertAnswersOptions(port);
      Figures after = figures();
      cycles.add(after);
      LOG.infof("after redeploy %d: %s", cycle, after);
    }

    // Then: every figure is checked and reported, not only the first that is off
    SoftAssertions then = new SoftAssertions();
    Figures first = cycles.get(0);
    Figures last = cycles.get(CYCLES - 1);
    then.assertThat(last.sipThreads).as("SIP stack threads by name, after cycle 1 and after cycle %d", CYCLES)
        .isEqualTo(first.sipThreads);
    // WildFly's shared pools (its service threads, the JCA work manager, EJB and remoting workers,
    // Artemis's server and client pools) start threads on demand up to a fixed maximum and keep them idle for
    // a while, so their sizes move by a dozen over the loop whatever the adapter does (seen: 127 to
    // 147 live threads in 12 cycles, all of it in those pools). Every other kind of thread is
    // counted by name: a leak of one thread per cycle grows its kind by CYCLES - 1 = 4.
    Map<String, Integer> grown = new TreeMap<>();
    last.families.forEach((family, count) -> {
      int growth = count - first.families.getOrDefault(family, 0);
      if (growth >= CYCLES - 1 && !isContainerPool(family)) {
        grown.put(family, growth);
      }
    });
    LOG.infof("live threads after cycle 1: %d, after cycle %d: %d", first.threads, CYCLES, last.threads);
    then.assertThat(grown).as("kinds of thread (outside WildFly's on-demand pools) that grew by %d or more from "
        + "cycle 1 to cycle %d", CYCLES - 1, CYCLES).isEmpty();
    // An undeployed EAR that stays reachable keeps every class it loaded (its modules link to
    // each other, so one kept loader keeps them all), and a leak adds one deployment's classes per
    // cycle: CYCLES - 1 = 4 deployments between the first sample and the last. Without a leak,
    // idle container pool threads may still keep the copy whose task they ran last until they run
    // another task (ADR 9), so single samples move by a deployment now and then; the bound is two
    // and a half deployments above the fewest classes seen.
    long fewest = cycles.stream().mapToLong(Figures::classes).min().orElseThrow();
    LOG.infof("loaded classes after cycle %d minus the fewest after any cycle: %d (one deployment loads %d)",
        CYCLES, last.classes - fewest, classesPerDeployment);
    then.assertThat(last.classes - fewest)
        .as("loaded classes after cycle %d minus the fewest after any cycle (one deployment loads %d)", CYCLES,
            classesPerDeployment)
        .isLessThan(classesPerDeployment * 5 / 2);
    // Used heap after a full GC: a leaked deployment holds its class metadata's heap side, the
    // JPA metamodel, the CDI container and the SIP stack's tables; 64 MiB over four cycles would
    // mean more than 16 MiB kept per cycle, well above the noise of a server at rest.
    then.assertThat(last.heapUsed - first.heapUsed).as("heap used after GC, cycle %d minus cycle 1", CYCLES)
        .isLessThan(64L << 20);
    then.assertAll();
  }

  private void assertAnswersOptions(int port) throws IOException {
    try (UdpPeer udp = new UdpPeer()) {
      assertThat(udp.sendUntilFinal(udp.request("OPTIONS", "ocschat", port, "", ""), port))
          .as("OPTIONS over UDP").startsWith("SIP/2.0 200");
    }
    try (TcpPeer tcp = new TcpPeer(port)) {
      tcp.send(tcp.request("OPTIONS", "sip:ocschat@127.0.0.1:" + port, "redeploy-" + System.nanoTime(), "r1",
          "<sip:ocschat@example.org>", 1, "", ""));
      assertThat(tcp.receive(10_000)).as("OPTIONS over TCP")
          .hasValueSatisfying(r -> assertThat(r).startsWith("SIP/2.0 200"));
    }
  }

  private Figures figures() throws IOException {
    // Class loaders are finalizable: the GC that finds one unreachable queues it, and only a later
    // GC (after the finalizer thread has run) unloads its classes. Collect until the count stops
    // falling, so each sample is taken at the same point of that process.
    long classes = Long.MAX_VALUE;
    for (int gc = 0; gc < MAX_GCS; gc++) {
      execute(Operations.createOperation("gc", MEMORY));
      long now = execute(Operations.createReadAttributeOperation(CLASSES, "loaded-class-count")).asLong();
      if (now >= classes) {
        break;
      }
      classes = now;
    }
    long everLoaded = execute(Operations.createReadAttributeOperation(CLASSES, "total-loaded-class-count")).asLong();
    long heap = execute(Operations.createReadAttributeOperation(MEMORY, "heap-memory-usage")).get("used").asLong();
    int threads = execute(Operations.createReadAttributeOperation(THREADING, "thread-count")).asInt();
    ModelNode dump = Operations.createOperation("dump-all-threads", THREADING);
    dump.get("locked-monitors").set(false);
    dump.get("locked-synchronizers").set(false);
    Map<String, Integer> families = new TreeMap<>();
    Map<String, Integer> sip = new TreeMap<>();
    for (ModelNode info : execute(dump).asList()) {
      String family = family(info.get("thread-name").asString());
      families.merge(family, 1, Integer::sum);
      if (isSipStack(family)) {
        sip.merge(family, 1, Integer::sum);
      }
    }
    return new Figures(threads, classes, everLoaded, heap, sip, families);
  }

  /** A thread's name without the parts that differ between deployments (stack id, numbers). */
  static String family(String threadName) {
    return threadName.replaceAll("pchat-[0-9a-f]{8}-", "pchat-").replaceAll("[0-9]+", "#");
  }

  /** Threads of the adapter's JAIN-SIP stack, as the stack and the adapter name them. */
  static boolean isSipStack(String family) {
    return family.startsWith("pchat-") || family.contains("MessageProcessor") || family.contains("MessageChannel")
        || family.contains("SipTimer") || family.contains("SIPStack") || family.contains("EventScanner");
  }

  /** WildFly's and Artemis's shared thread pools, which grow on demand and shrink when idle. */
  static boolean isContainerPool(String family) {
    String name = family.toLowerCase(Locale.ROOT);
    return name.startsWith("serverservice thread pool") || name.contains("activemq") || name.startsWith("default-threads") || name.startsWith("ejb default")
        || name.startsWith("default task") || name.startsWith("xnio") || name.startsWith("management");
  }

  private List<String> deployments() throws IOException {
    ModelNode op = Operations.createOperation("read-children-names", new ModelNode().setEmptyList());
    op.get("child-type").set("deployment");
    return execute(op).asList().stream().map(ModelNode::asString).toList();
  }

  private static ModelNode deploymentAddress() {
    return Operations.createAddress("deployment", EAR);
  }

  private ModelNode execute(ModelNode operation) throws IOException {
    ModelNode outcome = management.getControllerClient().execute(operation);
    if (!Operations.isSuccessfulOutcome(outcome)) {
      throw new IllegalStateException("management operation failed: " + operation + " -> "
          + Operations.getFailureDescription(outcome));
    }
    return Operations.readResult(outcome);
  }

  private record Figures(int threads, long classes, long everLoaded, long heapUsed, Map<String, Integer> sipThreads,
      Map<String, Integer> families) {
    @Override
    public String toString() {
      return "threads=" + threads + " classes=" + classes + " heapUsedAfterGc=" + (heapUsed >> 20) + "MiB sipThreads=" + sipThreads;
    }
  }
}

package org.persistentchat.sip.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.adapter.inbound.SipActivationSpec;
import org.persistentchat.sip.testing.FreePorts;
import org.persistentchat.sip.testing.Pause;
import org.persistentchat.sip.testing.UdpPeer;

/**
 * A UDP flood beyond the adapter's concurrency limit: answered 503 with Retry-After by a fixed
 * set of threads, not by a thread per datagram (which ran the server out of heap under SIPp).
 */
class UdpOverloadTest {

  private static final int FLOOD = 400;
  private static final int MAX_CONCURRENT = 4;

  private final FakeBootstrapContext context = new FakeBootstrapContext();
  private final SipResourceAdapter adapter = new SipResourceAdapter();

  @AfterEach
  void stop() {
    adapter.stop();
    context.close();
  }

  @Test
  void aUdpFloodIsAnswered503ByABoundedSetOfThreads() throws Exception {
    // given an adapter that holds each request a while and takes only a few at once
    int port = FreePorts.udpAndTcp();
    adapter.setPort(port);
    adapter.setMaxConcurrentRequests(MAX_CONCURRENT);
    adapter.setMaxRequestsPerSecondPerPeer(100_000);
    adapter.start(context);
    SipActivationSpec spec = new SipActivationSpec();
    spec.setMethods("OPTIONS");
    adapter.endpointActivation(new RecordingEndpointFactory(request -> {
      Pause.millis(100);
      adapter.respond(request.id(), SipResponse.status(200).build());
    }), spec);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long startedBefore = threads.getTotalStartedThreadCount();

    // when a peer sends far more requests at once than the adapter takes
    Map<String, String> answers;
    try (UdpPeer peer = new UdpPeer()) {
      List<String> flood = new ArrayList<>();
      for (int i = 0; i < FLOOD; i++) {
        flood.add(peer.request("OPTIONS", "chat", port, "", ""));
      }
      answers = peer.exchange(flood, port);
    }
    long startedDuringFlood = threads.getTotalStartedThreadCount() - startedBefore;

    // then every request got a final answer, the excess a 503 with Retry-After
    assertThat(answers).hasSize(FLOOD);
    long ok = answers.values().stream().filter(r -> r.startsWith("SIP/2.0 200")).count();
    List<String> refused = answers.values().stream().filter(r -> r.startsWith("SIP/2.0 503")).toList();
    assertThat(ok + refused.size()).isEqualTo(FLOOD);
    assertThat(ok).isGreaterThanOrEqualTo(MAX_CONCURRENT);
    assertThat(refused).isNotEmpty().allMatch(r -> r.contains("Retry-After: 5"));
    // and the flood did not cost a thread per datagram (the work manager's 4 and a few timers)
    assertThat(startedDuringFlood).as("threads started while %d datagrams came in", FLOOD).isLessThan(40);
  }
}

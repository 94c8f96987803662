package org.persistentchat.sip.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.adapter.inbound.SipActivationSpec;
import org.persistentchat.sip.testing.FreePorts;
import org.persistentchat.sip.testing.Pause;
import org.persistentchat.sip.testing.UdpPeer;

/** Start, stop, limits and configuration of the adapter as a whole. */
class AdapterLifecycleTest {

  private final FakeBootstrapContext context = new FakeBootstrapContext();
  private final SipResourceAdapter adapter = new SipResourceAdapter();

  @AfterEach
  void stop() {
    adapter.stop();
    context.close();
  }

  /**
   * The live threads themselves, not their names: a leaked thread often shares its name with one
   * that was alive before (the RI names every event scanner alike), and would hide behind it.
   */
  private static Set<Thread> liveThreads() {
    return new HashSet<>(Thread.getAllStackTraces().keySet());
  }

  @Test
  void givenAnAdapter_whenStartedAndStoppedTwentyTimes_thenNoSocketAndNoThreadIsLeftBehind() throws Exception {
    // given
    int port = FreePorts.udpAndTcp();
    adapter.setPort(port);
    adapter.setStopDrainSeconds(1);
    Set<Thread> before = liveThreads();

    // when
    for (int i = 0; i < 20; i++) {
      adapter.start(context);
      adapter.stop();
    }

    // then
    try (DatagramSocket udp = new DatagramSocket(port, InetAddress.getLoopbackAddress());
        ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertThat(udp.getLocalPort()).isEqualTo(port);
      assertThat(tcp.getLocalPort()).isEqualTo(port);
    }
    Set<Thread> left;
    long deadline = System.nanoTime() + 5_000_000_000L;
    do {
      left = liveThreads();
      left.removeAll(before);
      if (!left.isEmpty()) {
        Thread.sleep(100);
      }
    } while (!left.isEmpty() && System.nanoTime() < deadline);
    assertThat(left.stream().map(Thread::getName).sorted().toList())
        .as("threads started by the adapter and still alive").isEmpty();
  }

  @Test
  void givenUdpThreadsSetToThree_whenStarted_thenThreeUdpWorkersRun() throws Exception {
    // given
    int port = FreePorts.udpAndTcp();
    adapter.setPort(port);
    adapter.setUdpThreads(3);
    Set<Thread> before = liveThreads();

    // when
    adapter.start(context);

    // then: the workers, not the receiver, are named by their number
    Set<Thread> started = liveThreads();
    started.removeAll(before);
    assertThat(started.stream().map(Thread::getName).filter(n -> n.matches(".*-udp-" + port + "-[0-9]+")))
        .hasSize(3);
  }

  @Test
  void stopWaitsForADeliveryInProgressSoItsResponseStillGoesOut() throws Exception {
    // given a bean that takes a while
    int port = FreePorts.udpAndTcp();
    adapter.setPort(port);
    RecordingEndpointFactory slow = new RecordingEndpointFactory(request -> {
      Pause.millis(700);
      adapter.respond(request.id(), SipResponse.status(200).build());
    });
    adapter.start(context);
    SipActivationSpec spec = new SipActivationSpec();
    spec.setMethods("OPTIONS");
    adapter.endpointActivation(slow, spec);
    try (UdpPeer peer = new UdpPeer()) {
      peer.send(peer.request("OPTIONS", "chat", port, "", ""), port);
      while (slow.received.isEmpty()) {
        Thread.sleep(10);
      }

      // when
      adapter.stop();

      // then
      assertThat(peer.receiveFinal()).startsWith("SIP/2.0 200");
    }
  }

  @Test
  void aPeerSendingFasterThanItsLimitGets503WithRetryAfter() throws Exception {
    // given
    int port = FreePorts.udpAndTcp();
    adapter.setPort(port);
    adapter.setMaxRequestsPerSecondPerPeer(3);
    adapter.start(context);
    SipActivationSpec spec = new SipActivationSpec();
    spec.setMethods("OPTIONS");
    adapter.endpointActivation(new RecordingEndpointFactory(
        (SipRequest r) -> adapter.respond(r.id(), SipResponse.status(200).build())), spec);
    try (UdpPeer peer = new UdpPeer()) {
      // when
      java.util.List<String> burst = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        burst.add(peer.request("OPTIONS", "chat", port, "", ""));
      }
      java.util.Collection<String> responses = peer.exchange(burst, port).values();
      int ok = 0;
      int refused = 0;
      String refusal = null;
      for (String response : responses) {
        if (response.startsWith("SIP/2.0 200")) {
          ok++;
        } else if (response.startsWith("SIP/2.0 503")) {
          refused++;
          refusal = response;
        }
      }

      // then
      assertThat(ok).isBetween(3, 4);
      assertThat(refused).isEqualTo(8 - ok);
      assertThat(refusal).contains("Retry-After: 5");
    }
  }

  @Test
  void startReportsEveryBadNewPropertyAtOnce() {
    // given
    adapter.setBindAddress("0.0.0.0");
    adapter.setSessionExpires(30);
    adapter.setMinSessionExpires(90);
    adapter.setTlsClientAuth("Sometimes");
    adapter.setTrustedAddresses("10.0.0.0/8, not-an-ip, 192.168.1.1/40");
    adapter.setTrustedPeers("fe*.example.org, bad/pattern");
    adapter.setMaxRequestsPerSecondPerPeer(0);
    adapter.setStopDrainSeconds(-1);
    adapter.setUdpThreads(0);
    adapter.setUdpQueueCapacity(0);

    // when / then
    assertThatThrownBy(() -> adapter.start(context))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("AdvertisedHost must be set when BindAddress is the wildcard 0.0.0.0")
        .hasMessageContaining("SessionExpires 30 is below MinSessionExpires 90")
        .hasMessageContaining("TlsClientAuth 'Sometimes' is not one of Enabled, Want, Disabled, DisabledAll")
        .hasMessageContaining("TrustedAddresses entry 'not-an-ip'")
        .hasMessageContaining("TrustedAddresses entry '192.168.1.1/40' has a prefix length outside 0-32")
        .hasMessageContaining("TrustedPeers entry 'bad/pattern'")
        .hasMessageContaining("TrustedPeers is set but Transports does not include tls")
        .hasMessageContaining("MaxRequestsPerSecondPerPeer 0 is below the minimum 1")
        .hasMessageContaining("StopDrainSeconds -1 is below the minimum 0")
        .hasMessageContaining("UdpThreads 0 is below the minimum 1")
        .hasMessageContaining("UdpQueueCapacity 0 is below the minimum 1");
  }

  @Test
  void mutualTlsWithoutATrustStoreIsRefusedAtStart() throws Exception {
    // given
    java.nio.file.Path keyStore = java.nio.file.Files.createTempFile("keys", ".p12");
    try {
      adapter.setTransports("tls");
      adapter.setKeyStore(keyStore.toString());
      adapter.setTlsClientAuth("disabledall");
      adapter.setTrustedPeers("*.pool.test");

      // when / then
      assertThatThrownBy(() -> adapter.start(context))
          .isInstanceOf(InvalidConfigurationException.class)
          .hasMessageContaining("TrustedPeers is set but TlsClientAuth DisabledAll never asks for a client certificate");

      adapter.setTlsClientAuth("Enabled");
      assertThatThrownBy(() -> adapter.start(context))
          .hasMessageContaining("TlsClientAuth Enabled requires a TrustStore");
    } finally {
      java.nio.file.Files.delete(keyStore);
    }
  }
}

package org.persistentchat.sip.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.sip.testing.FreePorts;
import org.persistentchat.sip.testing.UdpPeer;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.adapter.inbound.SipActivationSpec;

/** The adapter driven directly, as the container would, with a raw UDP peer on the other side. */
class SipResourceAdapterTest {

  private final FakeBootstrapContext context = new FakeBootstrapContext();
  private final SipResourceAdapter adapter = new SipResourceAdapter();
  private final AtomicReference<SipResponse> answer =
      new AtomicReference<>(SipResponse.status(200).header("Allow", "OPTIONS, INFO").build());
  private final RecordingEndpointFactory endpoints = new RecordingEndpointFactory(this::answer);
  private int port;

  private void answer(SipRequest request) {
    SipResponse response = answer.get();
    if (response != null) {
      adapter.respond(request.id(), response);
    }
  }

  private void startWithOptionsEndpoint() throws Exception {
    port = FreePorts.udpAndTcp();
    adapter.setPort(port);
    adapter.start(context);
    SipActivationSpec spec = new SipActivationSpec();
    spec.setMethods("OPTIONS");
    adapter.endpointActivation(endpoints, spec);
  }

  @AfterEach
  void stop() {
    adapter.stop();
    context.close();
  }

  @Test
  void anOptionsRequestIsDeliveredAndAnsweredWithTheBeansResponse() throws Exception {
    startWithOptionsEndpoint();
    try (UdpPeer peer = new UdpPeer()) {
      String response = peer.sendUntilFinal(peer.request("OPTIONS", "chat", port, "", ""), port);

      assertThat(response).startsWith("SIP/2.0 200 OK").containsPattern("Allow: OPTIONS").contains("INFO");
      assertThat(response).containsPattern("To: <sip:chat@example.org>;tag=\\w+");
      assertThat(endpoints.calls).containsExactly("beforeDelivery", "onRequest", "afterDelivery", "release");
      assertThat(endpoints.received.get(0).from().address()).isEqualTo("alice@example.org");
    }
  }

  @Test
  void aRetransmittedRequestIsDeliveredOnce() throws Exception {
    startWithOptionsEndpoint();
    try (UdpPeer peer = new UdpPeer()) {
      String request = peer.request("OPTIONS", "chat", port, "", "");
      assertThat(peer.sendUntilFinal(request, port)).startsWith("SIP/2.0 200");

      String again = peer.sendUntilFinal(request, port);

      assertThat(again).startsWith("SIP/2.0 200");
      assertThat(endpoints.received).hasSize(1);
    }
  }

  @Test
  void aBeanThatFailsGetsA500AndTheDeliveryIsStillPaired() throws Exception {
    startWithOptionsEndpoint();
    endpoints.failAfterDelivery = new IllegalStateException("rolled back");
    try (UdpPeer peer = new UdpPeer()) {
      assertThat(peer.sendUntilFinal(peer.request("OPTIONS", "chat", port, "", ""), port)).startsWith("SIP/2.0 500 Application Error");
      assertThat(endpoints.calls).containsExactly("beforeDelivery", "onRequest", "afterDelivery", "release");
    }
  }

  @Test
  void aBeanThatDoesNotAnswerGetsA500OnItsBehalf() throws Exception {
    answer.set(null);
    startWithOptionsEndpoint();
    try (UdpPeer peer = new UdpPeer()) {
      assertThat(peer.sendUntilFinal(peer.request("OPTIONS", "chat", port, "", ""), port)).startsWith("SIP/2.0 500 No Response From Application");
    }
  }

  @Test
  void aKnownMethodNobodyHandlesGets405WithAllow() throws Exception {
    startWithOptionsEndpoint();
    try (UdpPeer peer = new UdpPeer()) {
      assertThat(peer.sendUntilFinal(peer.request("SUBSCRIBE", "chat", port,
          "Event: presence\r\nContact: <sip:alice@127.0.0.1:" + peer.port() + ">\r\n", ""), port)).startsWith("SIP/2.0 405").contains("Allow: OPTIONS");
      assertThat(endpoints.received).isEmpty();
    }
  }

  @Test
  void aPublishNobodyHandlesGets405WithAllow() throws Exception {
    startWithOptionsEndpoint();
    try (UdpPeer peer = new UdpPeer()) {
      assertThat(peer.sendUntilFinal(peer.request("PUBLISH", "ocschat", port,
          "Event: presence\r\nContact: <sip:alice@127.0.0.1:" + peer.port() + ">\r\n", ""), port)).startsWith("SIP/2.0 405").contains("Allow: OPTIONS");
    }
  }

  @Test
  void aDialogCreatingRequestWithoutContactGets400NamingTheHeader() throws Exception {
    startWithOptionsEndpoint();
    try (UdpPeer peer = new UdpPeer()) {
      assertThat(peer.sendUntilFinal(peer.request("SUBSCRIBE", "chat", port, "Event: presence\r\n", ""), port)).startsWith("SIP/2.0 400").contains("Contact");
    }
  }

  @Test
  void anUnknownMethodGets501() throws Exception {
    startWithOptionsEndpoint();
    try (UdpPeer peer = new UdpPeer()) {
      assertThat(peer.sendUntilFinal(peer.request("FROBNICATE", "chat", port, "", ""), port)).startsWith("SIP/2.0 501");
    }
  }

  @Test
  void aBodyLargerThanTheLimitGets513() throws Exception {
    adapter.setMaxMessageSize(2048);
    startWithOptionsEndpoint();
    try (UdpPeer peer = new UdpPeer()) {
      assertThat(peer.sendUntilFinal(peer.request("OPTIONS", "chat", port, "Content-Type: text/plain\r\n", "x".repeat(4000)), port)).startsWith("SIP/2.0 513");
      assertThat(endpoints.received).isEmpty();
    }
  }

  @Test
  void garbageIsDroppedAndTheListeningPointKeepsServing() throws Exception {
    startWithOptionsEndpoint();
    try (UdpPeer peer = new UdpPeer()) {
      peer.send("\u0000\u0001garbage that is not SIP\r\n\r\n", port);
      peer.send("OPTIONS sip:chat@127.0.0.1 SIP/2.0\r\nVia: nonsense\r\n\r\n", port);
      peer.receive(500);

      assertThat(peer.sendUntilFinal(peer.request("OPTIONS", "chat", port, "", ""), port)).startsWith("SIP/2.0 200");
    }
  }

  @Test
  void stopReleasesTheUdpAndTcpPorts() throws Exception {
    startWithOptionsEndpoint();

    adapter.stop();

    try (DatagramSocket udp = new DatagramSocket(port, InetAddress.getLoopbackAddress());
        ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertThat(udp.getLocalPort()).isEqualTo(port);
      assertThat(tcp.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  void startReportsEveryBadPropertyAtOnce() {
    adapter.setPort(0);
    adapter.setTransports("udp,carrier-pigeon");
    adapter.setMaxMessageSize(10);

    assertThatThrownBy(() -> adapter.start(context))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("Port 0 is not a port")
        .hasMessageContaining("unknown transport 'carrier-pigeon'")
        .hasMessageContaining("MaxMessageSize 10 is below the minimum");
  }

  @Test
  void aPortInUseFailsStartWithAClearMessage() throws IOException {
    try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      adapter.setPort(taken.getLocalPort());

      assertThatThrownBy(() -> adapter.start(context))
          .hasMessageContaining("PCHAT01902")
          .hasMessageContaining(Integer.toString(taken.getLocalPort()));
    }
  }
}

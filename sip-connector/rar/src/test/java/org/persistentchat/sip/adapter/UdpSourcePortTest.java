package org.persistentchat.sip.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.SipOutcome;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.SipUri;
import org.persistentchat.sip.adapter.inbound.SipActivationSpec;
import org.persistentchat.sip.testing.FreePorts;
import org.persistentchat.sip.testing.UdpPeer;

/**
 * Over UDP the adapter sends from its listening socket, so that peers answering to the source
 * address of a request (SIPp, RFC 3581 rport, anything behind NAT) reach it. The RI sent each
 * datagram from a new ephemeral socket instead: the answers to our MESSAGEs were lost, every
 * delivery was retransmitted until it timed out, and members were marked away.
 */
class UdpSourcePortTest {

  private final FakeBootstrapContext context = new FakeBootstrapContext();
  private final SipResourceAdapter adapter = new SipResourceAdapter();
  private int port;

  private void start() throws Exception {
    port = FreePorts.udpAndTcp();
    adapter.setPort(port);
    adapter.setTransports("udp");
    adapter.start(context);
  }

  @AfterEach
  void stop() {
    adapter.stop();
    context.close();
  }

  @Test
  void givenAPeerThatAnswersToTheSourceAddress_whenTheAdapterSendsAMessage_thenItLeavesFromTheListeningPortAndTheAnswerCompletesIt()
      throws Exception {
    // given a UDP peer that answers wherever a request came from
    start();
    try (UdpPeer peer = new UdpPeer()) {
      OutboundRequest message = OutboundRequest.method("MESSAGE")
          .to(SipUri.parse("sip:bob@127.0.0.1:" + peer.port()))
          .from(SipUri.parse("sip:room@chat.example.org"))
          .body("text/plain", "alice: hello")
          .build();

      // when the adapter sends it a MESSAGE and the peer answers 200 to its source port
      CompletableFuture<SipOutcome> outcome = adapter.send(message).toCompletableFuture();
      UdpPeer.Datagram request = peer.receiveDatagram(5000);
      assertThat(request).as("the MESSAGE reached the peer").isNotNull();
      peer.send(UdpPeer.answer(request.text(), 200, "OK"), request.sourcePort());

      // then the request came from the adapter's listening port, and the answer completed it
      assertThat(request.text()).startsWith("MESSAGE sip:bob@");
      assertThat(request.sourcePort()).isEqualTo(port);
      assertThat(outcome.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    }
  }

  @Test
  void givenARequestOverUdp_whenTheApplicationAnswersIt_thenTheResponseLeavesFromThePortTheRequestCameTo()
      throws Exception {
    // given an application that answers OPTIONS
    start();
    SipActivationSpec spec = new SipActivationSpec();
    spec.setMethods("OPTIONS");
    adapter.endpointActivation(new RecordingEndpointFactory(
        request -> adapter.respond(request.id(), SipResponse.status(200).build())), spec);
    try (UdpPeer peer = new UdpPeer()) {

      // when a peer sends a request
      peer.send(peer.request("OPTIONS", "chat", port, "", ""), port);
      UdpPeer.Datagram response = peer.receiveDatagram(5000);

      // then the answer comes from the port it was sent to (RFC 3581 section 4)
      assertThat(response).as("an answer came").isNotNull();
      assertThat(response.text()).startsWith("SIP/2.0 200");
      assertThat(response.sourcePort()).isEqualTo(port);
    }
  }
}

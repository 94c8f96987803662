package org.persistentchat.sip.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.sip.message.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.adapter.inbound.SipActivationSpec;
import org.persistentchat.sip.testing.FreePorts;
import org.persistentchat.sip.testing.SipTestPeer;

/** P-Asserted-Identity over TCP: honoured from TrustedAddresses, ignored from anyone else. */
class TrustedAddressTest {

  private final FakeBootstrapContext context = new FakeBootstrapContext();
  private final SipResourceAdapter adapter = new SipResourceAdapter();
  private final RecordingEndpointFactory endpoints = new RecordingEndpointFactory(
      r -> adapter.respond(r.id(), SipResponse.status(200).build()));
  private int port;

  private void start(String trustedAddresses) throws Exception {
    port = FreePorts.udpAndTcp();
    adapter.setPort(port);
    adapter.setMaxRequestsPerSecondPerPeer(1);
    adapter.setTransports("tcp");
    adapter.setTrustedAddresses(trustedAddresses);
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
  void aPeerInTrustedAddressesMayAssertIdentity() throws Exception {
    // given
    start("10.1.2.0/24, 127.0.0.0/8");
    try (SipTestPeer frontEnd = SipTestPeer.on("tcp")) {
      // when
      Response response = frontEnd.request("OPTIONS", "ocschat", port,
          "P-Asserted-Identity: \"Bob\" <sip:bob@example.org>");

      // then
      assertThat(response.getStatusCode()).isEqualTo(200);
      SipRequest options = endpoints.received.get(0);
      assertThat(options.trustedPeer()).isTrue();
      assertThat(options.assertedIdentity().address()).isEqualTo("bob@example.org");
    }
  }

  @Test
  void anAssertionFromAnAddressOutsideTheListIsIgnored() throws Exception {
    // given
    start("10.1.2.0/24");
    try (SipTestPeer client = SipTestPeer.on("tcp")) {
      // when
      Response response = client.request("OPTIONS", "ocschat", port, "P-Asserted-Identity: <sip:bob@example.org>");

      // then
      assertThat(response.getStatusCode()).isEqualTo(200);
      SipRequest options = endpoints.received.get(0);
      assertThat(options.trustedPeer()).isFalse();
      assertThat(options.assertedIdentity().address()).isEqualTo("alice@example.org");
    }
  }

  /** Ten OPTIONS in a row, each asserting another user, and the status of each answer. */
  private List<Integer> tenRelayedRequests(SipTestPeer peer) throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      statuses.add(peer.request("OPTIONS", "ocschat", port, "P-Asserted-Identity: <sip:user" + i + "@example.org>")
          .getStatusCode());
    }
    return statuses;
  }

  @Test
  void aTrustedFrontEndIsNotHeldToThePerPeerRateLimit() throws Exception {
    // given a limit of 1 request per second per peer
    start("127.0.0.0/8");
    try (SipTestPeer frontEnd = SipTestPeer.on("tcp")) {
      // when the front end relays ten users' requests at once
      List<Integer> statuses = tenRelayedRequests(frontEnd);

      // then
      assertThat(statuses).containsOnly(200);
    }
  }

  @Test
  void anUntrustedPeerIsHeldToThePerPeerRateLimit() throws Exception {
    // given the same limit, and a peer outside TrustedAddresses
    start("10.1.2.0/24");
    try (SipTestPeer client = SipTestPeer.on("tcp")) {
      // when
      List<Integer> statuses = tenRelayedRequests(client);

      // then
      assertThat(statuses).contains(200, 503);
    }
  }
}

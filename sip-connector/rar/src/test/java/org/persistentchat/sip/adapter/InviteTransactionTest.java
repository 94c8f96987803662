package org.persistentchat.sip.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.sip.DialogId;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.UnknownRequestException;
import org.persistentchat.sip.adapter.inbound.SipActivationSpec;
import org.persistentchat.sip.testing.FreePorts;
import org.persistentchat.sip.testing.Pause;
import org.persistentchat.sip.testing.UdpPeer;

/** The INVITE server transaction as RFC 3261 §17.2.1 and §9.2 want it, seen from a raw UDP peer. */
class InviteTransactionTest {

  private final FakeBootstrapContext context = new FakeBootstrapContext();
  private final SipResourceAdapter adapter = new SipResourceAdapter();
  private final RecordingEndpointFactory endpoints = new RecordingEndpointFactory(this::answerLater);
  private volatile long beanMillis;
  private int port;

  /** The application: answers 200 after a while, unless the request is gone by then. */
  private void answerLater(SipRequest request) {
    Pause.millis(beanMillis);
    try {
      adapter.respond(request.id(), SipResponse.status(200).build());
    } catch (UnknownRequestException cancelled) {
      // cancelled meanwhile: the adapter answered 487 already
    }
  }

  private void start(long beanMillis) throws Exception {
    this.beanMillis = beanMillis;
    port = FreePorts.udpAndTcp();
    adapter.setPort(port);
    adapter.start(context);
    SipActivationSpec spec = new SipActivationSpec();
    spec.setMethods("INVITE");
    adapter.endpointActivation(endpoints, spec);
  }

  @AfterEach
  void stop() {
    adapter.stop();
    context.close();
  }

  private String invite(UdpPeer peer) {
    return peer.request("INVITE", "ocschat", port, "Contact: <sip:alice@127.0.0.1:" + peer.port() + ">\r\n", "");
  }

  @Test
  void anInviteIsAnswered100TryingAtOnceWhileTheApplicationWorks() throws Exception {
    // given an application that takes a few seconds
    start(4000);
    try (UdpPeer peer = new UdpPeer()) {
      // when
      peer.send(invite(peer), port);

      // then the 100 comes before the application's answer
      String first = peer.receive(3000);
      assertThat(first).startsWith("SIP/2.0 100 Trying");
      assertThat(toHeaderOf(first)).as("a 100 never carries a To tag").doesNotContain(";tag=");
      assertThat(peer.receiveFinal()).startsWith("SIP/2.0 200");
    }
  }

  @Test
  void aCancelEndsThePendingInviteWith487AndTheAckStopsItsRetransmission() throws Exception {
    // given an INVITE the application is still working on
    start(5000);
    try (UdpPeer peer = new UdpPeer()) {
      String invite = invite(peer);
      peer.send(invite, port);
      assertThat(peer.receive(3000)).startsWith("SIP/2.0 100");

      // when the caller gives up
      peer.send(cancelOf(invite), port);

      // then the CANCEL gets 200 and the INVITE 487
      List<String> answers = new ArrayList<>();
      answers.add(peer.receiveFinal());
      answers.add(peer.receiveFinal());
      assertThat(answers).anyMatch(r -> r.startsWith("SIP/2.0 200") && r.contains("CSeq: 1 CANCEL"));
      String terminated = answers.stream().filter(r -> r.startsWith("SIP/2.0 487")).findFirst().orElseThrow();
      assertThat(terminated).contains("CSeq: 1 INVITE");

      // and once the 487 is acknowledged it is not sent again (Timer G would resend it every 500 ms)
      peer.send(ackOf(invite, toHeaderOf(terminated)), port);
      assertThat(drain(peer, 2500)).noneMatch(r -> r.startsWith("SIP/2.0 487"));
    }
  }

  @Test
  void a2xxToInviteIsRetransmittedUntilTheAckArrives() throws Exception {
    // given an INVITE answered 200 at once
    start(0);
    try (UdpPeer peer = new UdpPeer()) {
      String invite = invite(peer);
      peer.send(invite, port);
      String ok = peer.receiveFinal();
      assertThat(ok).startsWith("SIP/2.0 200");

      // when the caller does not acknowledge, the 200 comes again (RFC 3261 §13.3.1.4)
      assertThat(drain(peer, 1500)).anyMatch(r -> r.startsWith("SIP/2.0 200"));

      // then after the ACK it stops
      String ack = ackOf(invite, toHeaderOf(ok)).replaceFirst("branch=z9hG4bK", "branch=z9hG4bKack");
      peer.send(ack, port);
      drain(peer, 300); // one may have been on its way
      assertThat(drain(peer, 2500)).noneMatch(r -> r.startsWith("SIP/2.0 200"));
    }
  }

  @Test
  void theContactOfA2xxNamesTheAdvertisedHostRatherThanTheBindAddress() throws Exception {
    // given a server behind NAT, or bound to every address
    adapter.setAdvertisedHost("chat.example.test");
    start(0);
    try (UdpPeer peer = new UdpPeer()) {
      // when
      peer.send(invite(peer), port);

      // then in-dialog requests are sent where the peer can reach us
      assertThat(peer.receiveFinal()).startsWith("SIP/2.0 200").contains("sip:chat.example.test:" + port);
    }
  }

  @Test
  void inDialogRequestsFollowTheRouteSetTheInviteRecorded() throws Exception {
    // given a dialog set up through a proxy that asked to stay on the path
    start(0);
    try (UdpPeer proxy = new UdpPeer(); UdpPeer peer = new UdpPeer()) {
      String recordRoute = "<sip:127.0.0.1:" + proxy.port() + ";lr>";
      String invite = peer.request("INVITE", "ocschat", port,
          "Contact: <sip:alice@127.0.0.1:" + peer.port() + ">\r\nRecord-Route: " + recordRoute + "\r\n", "");
      peer.send(invite, port);
      String ok = peer.receiveFinal();
      assertThat(ok).startsWith("SIP/2.0 200").contains("Record-Route: " + recordRoute);
      peer.send(ackOf(invite, toHeaderOf(ok)).replaceFirst("branch=z9hG4bK", "branch=z9hG4bKack"), port);
      DialogId dialog = endpoints.received.get(0).dialog().orElseThrow();

      // when the application sends on the dialog
      adapter.send(dialog, OutboundRequest.method("INFO").body("text/plain", "hi").build());

      // then the INFO goes to the proxy, naming it in Route, with the peer's Contact as target
      String info = proxy.receive(5000);
      assertThat(info).startsWith("INFO sip:alice@127.0.0.1:" + peer.port())
          .contains("Route: " + recordRoute);
    }
  }

  private static String cancelOf(String invite) {
    return invite.replaceFirst("^INVITE ", "CANCEL ")
        .replace("CSeq: 1 INVITE", "CSeq: 1 CANCEL")
        .replaceAll("Contact: [^\r]*\r\n", "");
  }

  /** An ACK on the INVITE's branch (for a non-2xx) with the To the response gave. */
  private static String ackOf(String invite, String to) {
    return invite.replaceFirst("^INVITE ", "ACK ")
        .replace("CSeq: 1 INVITE", "CSeq: 1 ACK")
        .replaceAll("To: [^\r]*", to)
        .replaceAll("Contact: [^\r]*\r\n", "");
  }

  private static String toHeaderOf(String response) {
    for (String line : response.split("\r\n")) {
      if (line.startsWith("To: ")) {
        return line;
      }
    }
    throw new AssertionError("no To in " + response);
  }

  /** Everything that arrives within the time. */
  private static List<String> drain(UdpPeer peer, long millis) throws Exception {
    List<String> got = new ArrayList<>();
    long deadline = System.currentTimeMillis() + millis;
    long left;
    while ((left = deadline - System.currentTimeMillis()) > 0) {
      String r = peer.receive((int) left);
      if (r != null) {
        got.add(r);
      }
    }
    return got;
  }
}

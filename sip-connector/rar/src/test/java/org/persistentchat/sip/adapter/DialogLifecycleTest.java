package org.persistentchat.sip.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.sip.DialogEndReason;
import org.persistentchat.sip.DialogEnded;
import org.persistentchat.sip.DialogId;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.SipOutcome;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.adapter.inbound.SipActivationSpec;
import org.persistentchat.sip.adapter.inbound.SipDialogActivationSpec;
import org.persistentchat.sip.testing.FreePorts;
import org.persistentchat.sip.testing.SipTestPeer;
import org.persistentchat.sip.testing.UdpPeer;

/** Dialogs, session timers and outbound requests, with a JAIN-SIP user agent as the client. */
class DialogLifecycleTest {

  private final FakeBootstrapContext context = new FakeBootstrapContext();
  private final SipResourceAdapter adapter = new SipResourceAdapter();
  private final RecordingEndpointFactory endpoints = new RecordingEndpointFactory(this::answer);
  private final RecordingDialogListenerFactory dialogListener = new RecordingDialogListenerFactory();
  private int port;

  /** The chat service's part: 200 to everything, with an SDP answer for INVITE. */
  private void answer(SipRequest request) {
    SipResponse.Builder response = SipResponse.status(200);
    if (request.method().equals("INVITE")) {
      response.body("application/sdp", "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=session\r\nc=IN IP4 127.0.0.1\r\n"
          + "t=0 0\r\nm=message 5061 sip null\r\n");
    }
    adapter.respond(request.id(), response.build());
  }

  private void start(String transports) throws Exception {
    port = FreePorts.udpAndTcp();
    adapter.setPort(port);
    adapter.setTransports(transports);
    adapter.start(context);
    SipActivationSpec spec = new SipActivationSpec();
    spec.setMethods("INVITE,INFO,MESSAGE");
    adapter.endpointActivation(endpoints, spec);
    adapter.endpointActivation(dialogListener, new SipDialogActivationSpec());
  }

  @AfterEach
  void stop() {
    adapter.stop();
    context.close();
  }

  private SipRequest lastReceived(String method) {
    return endpoints.received.stream().filter(r -> r.method().equals(method)).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no " + method + " delivered"));
  }

  @Test
  void anInviteAnsweredWith200CreatesADialogAndInfoOnItIsDeliveredWithItsId() throws Exception {
    // given
    start("udp");
    try (SipTestPeer client = SipTestPeer.on("udp")) {
      // when
      Response ok = client.invite("ocschat", port);
      Response info = client.inDialog("INFO", "<xccos/>");

      // then
      assertThat(ok.getStatusCode()).isEqualTo(200);
      assertThat(ok.getHeader("Contact").toString()).contains("127.0.0.1:" + port);
      assertThat(ok.getHeader("Session-Expires").toString()).contains("1800");
      assertThat(info.getStatusCode()).isEqualTo(200);
      SipRequest delivered = lastReceived("INFO");
      assertThat(delivered.dialog()).isPresent();
      DialogId id = delivered.dialog().get();
      assertThat(id.callId()).isEqualTo(client.dialog().getCallId().getCallId());
      assertThat(id.localTag()).isEqualTo(client.dialog().getRemoteTag());
      assertThat(delivered.bodyText()).isEqualTo("<xccos/>");
      assertThat(lastReceived("INVITE").dialog()).as("the INVITE names the dialog its 2xx creates").contains(id);
      assertThat(adapter.dialogCount()).isEqualTo(1);
    }
  }

  @Test
  void aByeFromThePeerEndsTheDialogAndTellsTheDialogListener() throws Exception {
    // given
    start("udp");
    try (SipTestPeer client = SipTestPeer.on("udp")) {
      client.invite("ocschat", port);
      client.inDialog("INFO", "<xccos/>");
      DialogId id = lastReceived("INFO").dialog().orElseThrow();

      // when
      Response bye = client.inDialog("BYE", null);

      // then
      assertThat(bye.getStatusCode()).isEqualTo(200);
      DialogEnded ended = dialogListener.ended.poll(5, TimeUnit.SECONDS);
      assertThat(ended).isNotNull();
      assertThat(ended.dialog()).isEqualTo(id);
      assertThat(ended.reason()).isEqualTo(DialogEndReason.BYE_RECEIVED);
      awaitCalls(dialogListener, 4);
      assertThat(dialogListener.calls).containsExactly("beforeDelivery", "onDialogEnded", "afterDelivery", "release");
      assertThat(adapter.dialogCount()).isZero();
    }
  }

  @Test
  void anInfoNamingAnUnknownDialogGets481() throws Exception {
    // given
    start("udp");
    try (UdpPeer peer = new UdpPeer()) {
      String info = peer.request("INFO", "ocschat", port, "", "<xccos/>")
          .replace("To: <sip:ocschat@example.org>", "To: <sip:ocschat@example.org>;tag=gone");

      // when
      peer.send(info, port);

      // then
      assertThat(peer.receiveFinal()).startsWith("SIP/2.0 481");
      assertThat(endpoints.received).isEmpty();
    }
  }

  @Test
  void anOutboundInfoOnTheDialogReachesThePeerAndCompletesWithItsAnswer() throws Exception {
    // given
    start("udp");
    try (SipTestPeer client = SipTestPeer.on("udp")) {
      client.invite("ocschat", port);
      client.inDialog("INFO", "<xccos/>");
      DialogId id = lastReceived("INFO").dialog().orElseThrow();

      // when
      SipOutcome outcome = adapter.send(id, OutboundRequest.method("INFO").body("text/plain", "<rpl/>").build())
          .toCompletableFuture().get(10, TimeUnit.SECONDS);

      // then
      assertThat(outcome.isSuccess()).isTrue();
      Request info = nextOfMethod(client, "INFO");
      assertThat(new String(info.getRawContent(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<rpl/>");
    }
  }

  @Test
  void aPeerAnswering481ToAnOutboundInfoDropsTheDialog() throws Exception {
    // given
    start("udp");
    try (SipTestPeer client = SipTestPeer.on("udp")) {
      client.invite("ocschat", port);
      client.inDialog("INFO", "<xccos/>");
      DialogId id = lastReceived("INFO").dialog().orElseThrow();
      client.answerWith(481);

      // when
      SipOutcome outcome = adapter.send(id, OutboundRequest.method("INFO").body("text/plain", "<ntc/>").build())
          .toCompletableFuture().get(10, TimeUnit.SECONDS);

      // then
      assertThat(outcome.status()).isEqualTo(481);
      assertThat(outcome.dialogGone()).isTrue();
      assertThat(dialogListener.ended.poll(5, TimeUnit.SECONDS).reason()).isEqualTo(DialogEndReason.REJECTED_BY_PEER);
      SipOutcome after = adapter.send(id, OutboundRequest.method("INFO").build()).toCompletableFuture().get();
      assertThat(after.kind()).isEqualTo(SipOutcome.Kind.NO_SUCH_DIALOG);
    }
  }

  @Test
  void anIdleDialogExpiresWithAByeToThePeerAndANoticeToTheApplication() throws Exception {
    // given
    adapter.setSessionExpires(2);
    adapter.setMinSessionExpires(1);
    start("udp");
    try (SipTestPeer client = SipTestPeer.on("udp")) {
      client.invite("ocschat", port);

      // when nothing is sent for longer than the interval
      Request bye = nextOfMethod(client, "BYE");

      // then
      assertThat(bye).isNotNull();
      DialogEnded ended = dialogListener.ended.poll(5, TimeUnit.SECONDS);
      assertThat(ended.reason()).isEqualTo(DialogEndReason.EXPIRED);
      assertThat(adapter.dialogCount()).isZero();
    }
  }

  @Test
  void updateRefreshesKeepADialogAliveBeyondItsInterval() throws Exception {
    // given
    adapter.setSessionExpires(2);
    adapter.setMinSessionExpires(1);
    start("udp");
    try (SipTestPeer client = SipTestPeer.on("udp")) {
      client.invite("ocschat", port);

      // when the client refreshes every second, for twice the interval
      for (int i = 0; i < 4; i++) {
        Thread.sleep(1000);
        Response update = client.inDialog("UPDATE", null, "Session-Expires: 2;refresher=uac");
        assertThat(update.getStatusCode()).isEqualTo(200);
        assertThat(update.getHeader("Session-Expires").toString()).contains("2");
      }

      // then
      assertThat(adapter.dialogCount()).isEqualTo(1);
      assertThat(dialogListener.ended).isEmpty();
    }
  }

  @Test
  void anUpdateAskingForTooShortASessionGets422AndTheDialogLivesOn() throws Exception {
    // given
    start("udp");
    try (SipTestPeer client = SipTestPeer.on("udp")) {
      client.invite("ocschat", port);

      // when
      Response update = client.inDialog("UPDATE", null, "Session-Expires: 10");

      // then
      assertThat(update.getStatusCode()).isEqualTo(422);
      assertThat(update.getHeader("Min-SE").toString()).contains("90");
      assertThat(adapter.dialogCount()).isEqualTo(1);
    }
  }

  @Test
  void aReInviteIsDeliveredOnItsDialogAndRefreshesTheSession() throws Exception {
    // given
    adapter.setSessionExpires(2);
    adapter.setMinSessionExpires(1);
    start("udp");
    try (SipTestPeer client = SipTestPeer.on("udp")) {
      client.invite("ocschat", port);
      Thread.sleep(1500);

      // when
      Response reInvite = client.inDialog("INVITE", null, "Session-Expires: 2");
      Thread.sleep(1000);

      // then past the first interval, the dialog is alive thanks to the refresh
      assertThat(reInvite.getStatusCode()).isEqualTo(200);
      assertThat(reInvite.getHeader("Session-Expires").toString()).contains("2");
      assertThat(lastReceived("INVITE").dialog()).isPresent();
      assertThat(adapter.dialogCount()).isEqualTo(1);
    }
  }

  @Test
  void anInviteAskingForTooShortASessionGets422WithMinSe() throws Exception {
    // given
    start("udp");
    try (SipTestPeer client = SipTestPeer.on("udp")) {
      // when
      Response response = client.invite("ocschat", port, "Session-Expires: 30", "Supported: timer");

      // then
      assertThat(response.getStatusCode()).isEqualTo(422);
      assertThat(response.getHeader("Min-SE").toString()).contains("90");
      assertThat(endpoints.received).isEmpty();
    }
  }

  @Test
  void overTcpInDialogRequestsGoBackOverTheConnectionTheDialogCameIn() throws Exception {
    // given a client whose Contact names a port nobody listens on
    start("udp,tcp");
    try (SipTestPeer client = SipTestPeer.on("tcp")) {
      client.advertiseContact("sip:alice@127.0.0.1:" + FreePorts.udpAndTcp() + ";transport=tcp");
      client.invite("ocschat", port);
      client.inDialog("INFO", "<xccos/>");
      SipRequest info = lastReceived("INFO");
      assertThat(info.transport()).isEqualTo(org.persistentchat.sip.Transport.TCP);

      // when
      SipOutcome outcome = adapter.send(info.dialog().orElseThrow(),
          OutboundRequest.method("INFO").body("text/plain", "<rpl/>").build())
          .toCompletableFuture().get(10, TimeUnit.SECONDS);

      // then
      assertThat(outcome.isSuccess()).as(outcome.toString()).isTrue();
      assertThat(nextOfMethod(client, "INFO")).isNotNull();
    }
  }

  @Test
  void aRetransmittedInfoOnADialogIsDeliveredOnce() throws Exception {
    // given
    start("udp");
    try (SipTestPeer client = SipTestPeer.on("udp"); UdpPeer raw = new UdpPeer()) {
      client.invite("ocschat", port);
      client.inDialog("INFO", "<first/>");
      SipRequest first = lastReceived("INFO");
      DialogId id = first.dialog().orElseThrow();
      String info = "INFO sip:ocschat@127.0.0.1:" + port + " SIP/2.0\r\n"
          + "Via: SIP/2.0/UDP 127.0.0.1:" + raw.port() + ";branch=z9hG4bKretrans1\r\n"
          + "Max-Forwards: 70\r\n"
          + "From: <sip:alice@example.org>;tag=" + id.remoteTag() + "\r\n"
          + "To: <sip:ocschat@example.org>;tag=" + id.localTag() + "\r\n"
          + "Call-ID: " + id.callId() + "\r\n"
          + "CSeq: 50 INFO\r\n"
          + "Content-Type: text/plain\r\nContent-Length: 8\r\n\r\n<again/>";

      // when (retransmitting as a UDP client does: under load the adapter drops stale datagrams)
      assertThat(raw.sendUntilFinal(info, port)).startsWith("SIP/2.0 200");
      String again = raw.sendUntilFinal(info, port);

      // then
      assertThat(again).startsWith("SIP/2.0 200");
      assertThat(endpoints.received.stream().filter(r -> r.bodyText().equals("<again/>"))).hasSize(1);
    }
  }

  @Test
  void anOutOfDialogMessageReachesItsTargetAndCompletesWithTheAnswer() throws Exception {
    // given
    start("udp");
    try (SipTestPeer client = SipTestPeer.on("udp")) {
      OutboundRequest message = OutboundRequest.method("MESSAGE")
          .to(org.persistentchat.sip.SipUri.parse("sip:alice@127.0.0.1:" + client.port()))
          .from(org.persistentchat.sip.SipUri.parse("sip:ocschat@example.org"))
          .body("text/plain", "room notice")
          .build();

      // when
      SipOutcome outcome = adapter.send(message).toCompletableFuture().get(10, TimeUnit.SECONDS);

      // then
      assertThat(outcome.isSuccess()).as(outcome.toString()).isTrue();
      Request received = nextOfMethod(client, "MESSAGE");
      assertThat(new String(received.getRawContent(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("room notice");
    }
  }

  @Test
  void anOutOfDialogRequestToAClosedTcpPortCompletesWithATransportError() throws Exception {
    // given
    start("udp,tcp");
    OutboundRequest options = OutboundRequest.method("OPTIONS")
        .to(org.persistentchat.sip.SipUri.parse("sip:nobody@127.0.0.1:" + FreePorts.udpAndTcp()))
        .from(org.persistentchat.sip.SipUri.parse("sip:ocschat@example.org"))
        .transport(org.persistentchat.sip.Transport.TCP)
        .build();

    // when
    SipOutcome outcome = adapter.send(options).toCompletableFuture().get(40, TimeUnit.SECONDS);

    // then
    assertThat(outcome.isSuccess()).isFalse();
    assertThat(outcome.kind()).isIn(SipOutcome.Kind.TRANSPORT_ERROR, SipOutcome.Kind.TIMEOUT);
    assertThat(outcome.dialogGone()).isTrue();
  }

  @Test
  void givenAPeerThatHasGone_whenTheApplicationEndsItsDialogWithAByeThatCannotBeSent_thenTheStackDropsTheDialog()
      throws Exception {
    // given
    start("tcp");
    DialogId id;
    try (SipTestPeer client = SipTestPeer.on("tcp")) {
      client.invite("ocschat", port);
      client.inDialog("INFO", "<xccos/>");
      id = lastReceived("INFO").dialog().orElseThrow();
      assertThat(adapter.stackDialogCount()).isEqualTo(1);
    }

    // when (as the chat service ends an idle session)
    SipOutcome bye = adapter.send(id, OutboundRequest.method("BYE").build())
        .toCompletableFuture().get(40, TimeUnit.SECONDS);

    // then
    assertThat(bye.kind()).as(bye.toString()).isEqualTo(SipOutcome.Kind.TRANSPORT_ERROR);
    assertThat(dialogListener.ended.poll(5, TimeUnit.SECONDS).reason()).isEqualTo(DialogEndReason.BYE_SENT);
    assertThat(adapter.dialogCount()).isZero();
    assertThat(awaitStackDialogs(0)).as("dialogs the stack still holds").isZero();
  }

  /** The stack's dialog count once it reaches the figure, or as it stands after a few seconds. */
  private int awaitStackDialogs(int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (adapter.stackDialogCount() != expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return adapter.stackDialogCount();
  }

  private static void awaitCalls(RecordingDialogListenerFactory factory, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (factory.calls.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private static Request nextOfMethod(SipTestPeer client, String method) throws InterruptedException {
    for (int i = 0; i < 10; i++) {
      Request r = client.nextRequest(5);
      if (r == null) {
        return null;
      }
      if (r.getMethod().equals(method)) {
        return r;
      }
    }
    return null;
  }
}

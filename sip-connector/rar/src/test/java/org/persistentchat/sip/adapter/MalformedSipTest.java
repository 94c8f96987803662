package org.persistentchat.sip.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.adapter.inbound.SipActivationSpec;
import org.persistentchat.sip.testing.FreePorts;
import org.persistentchat.sip.testing.TcpPeer;
import org.persistentchat.sip.testing.UdpPeer;

/** Malformed SIP: refused as the RI does it (400 or dropped), logged once with a code, port kept. */
class MalformedSipTest {

  private final FakeBootstrapContext context = new FakeBootstrapContext();
  private final SipResourceAdapter adapter = new SipResourceAdapter();
  private final Logger adapterLog = Logger.getLogger("org.persistentchat.sip.adapter");
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      lines.add(formatter.formatMessage(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private int port;

  @BeforeEach
  void start() throws Exception {
    adapterLog.addHandler(capture);
    port = FreePorts.udpAndTcp();
    adapter.setPort(port);
    adapter.start(context);
    SipActivationSpec spec = new SipActivationSpec();
    spec.setMethods("OPTIONS");
    adapter.endpointActivation(new RecordingEndpointFactory(
        r -> adapter.respond(r.id(), SipResponse.status(200).build())), spec);
  }

  @AfterEach
  void stop() {
    adapter.stop();
    context.close();
    adapterLog.removeHandler(capture);
  }

  private List<String> malformedLines() {
    return lines.stream().filter(l -> l.startsWith("PCHAT01071")).toList();
  }

  @Test
  void aRequestWithoutCallIdIsDroppedWithOneCodedLogLine() throws Exception {
    try (UdpPeer peer = new UdpPeer()) {
      // given
      String noCallId = peer.request("OPTIONS", "chat", port, "", "").replaceAll("Call-ID: [^\r]*\r\n", "");

      // when
      peer.send(noCallId, port);

      // then
      assertThat(peer.receive(1000)).as("RFC 3261 gives no way to answer it").isNull();
      assertThat(malformedLines()).singleElement().asString()
          .contains("start line 'OPTIONS sip:chat@127.0.0.1:" + port + " SIP/2.0'").endsWith("missing Call-ID");
      assertThat(peer.sendUntilFinal(peer.request("OPTIONS", "chat", port, "", ""), port)).startsWith("SIP/2.0 200");
    }
  }

  @Test
  void aRequestOfAnotherSipVersionGets505WithOneCodedLogLine() throws Exception {
    try (UdpPeer peer = new UdpPeer()) {
      // given
      String otherVersion = peer.request("OPTIONS", "chat", port, "", "").replaceFirst("SIP/2.0\r\n", "SIP/7.1\r\n");

      // when
      peer.send(otherVersion, port);

      // then
      assertThat(peer.receiveFinal()).startsWith("SIP/2.0 505");
      assertThat(malformedLines()).singleElement().asString().contains("505").contains("SIP/7.1");
    }
  }

  @Test
  void anUnparsableStartLineIsAnswered400WithOneCodedLogLine() throws Exception {
    try (UdpPeer peer = new UdpPeer()) {
      // given a request line without a Request-URI
      String noUri = peer.request("OPTIONS", "chat", port, "", "")
          .replaceFirst("^OPTIONS [^ ]+ SIP/2.0", "OPTIONS SIP/2.0");

      // when
      peer.send(noUri, port);

      // then
      assertThat(peer.receive(1000)).startsWith("SIP/2.0 400");
      assertThat(malformedLines()).singleElement().asString().contains("start line 'OPTIONS SIP/2.0'");
      assertThat(peer.sendUntilFinal(peer.request("OPTIONS", "chat", port, "", ""), port)).startsWith("SIP/2.0 200");
    }
  }

  @Test
  void garbageBytesAreDroppedWithOneCodedLogLineThatHidesUnprintableBytes() throws Exception {
    try (UdpPeer peer = new UdpPeer()) {
      // when
      peer.send("\u0000\u0001garbage that is not SIP\r\n\r\n", port);

      // then
      assertThat(peer.receive(1000)).isNull();
      assertThat(malformedLines()).singleElement().asString().contains("'??garbage that is not SIP'");
      assertThat(peer.sendUntilFinal(peer.request("OPTIONS", "chat", port, "", ""), port)).startsWith("SIP/2.0 200");
    }
  }

  @Test
  void aOneMebibyteBodyOverTcpGets513ThenTheConnectionIsClosedAndThePortsStillServe() throws Exception {
    try (TcpPeer peer = new TcpPeer(port)) {
      // given a request whose body is four times the default limit (256 KiB), above the stack's cap
      String huge = peer.request("OPTIONS", "sip:chat@127.0.0.1:" + port, "huge-" + port, "h1",
          "<sip:chat@example.org>", 1, "Content-Type: text/plain\r\n", "x".repeat(1 << 20));

      // when
      Thread writer = new Thread(() -> sendIgnoringReset(peer, huge));
      writer.start();

      // then
      assertThat(peer.receive(5000)).hasValueSatisfying(r -> assertThat(r).startsWith("SIP/2.0 513"));
      assertThat(peer.closedByServer(5000)).as("the rest of the body cannot be framed").isTrue();
      writer.join();
    }
    assertThat(malformedLines()).singleElement().asString()
        .contains("start line 'OPTIONS sip:chat@127.0.0.1:" + port + " SIP/2.0'")
        .contains("Content-Length 1048576").contains("answered 513");
    try (TcpPeer fresh = new TcpPeer(port); UdpPeer udp = new UdpPeer()) {
      fresh.send(fresh.request("OPTIONS", "sip:chat@127.0.0.1:" + port, "after-" + port, "a1",
          "<sip:chat@example.org>", 1, "", ""));
      assertThat(fresh.receive(5000)).hasValueSatisfying(r -> assertThat(r).startsWith("SIP/2.0 200"));
      assertThat(udp.sendUntilFinal(udp.request("OPTIONS", "chat", port, "", ""), port)).startsWith("SIP/2.0 200");
    }
  }

  /** The server may close the connection while the body is still being written: that is its answer. */
  private static void sendIgnoringReset(TcpPeer peer, String message) {
    try {
      peer.send(message);
    } catch (java.io.IOException expected) {
      // the server stopped reading after the 513; what it said is read on the other side
    }
  }
}

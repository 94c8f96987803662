package org.persistentchat.it.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.TestServer;
import org.persistentchat.sip.testing.TcpPeer;
import org.persistentchat.sip.testing.UdpPeer;

/** Bad SIP gets the RFC 3261 answer, and the server keeps serving afterwards. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadSipIT {

  private UdpPeer peer;
  private final int port = TestServer.sipPort();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void openPeer() throws Exception {
    peer = new UdpPeer();
  }

  @AfterEach
  void closePeer() {
    peer.close();
  }

  @Test
  void anUnknownMethodGets501NotImplemented() throws Exception {
    assertThat(peer.sendUntilFinal(peer.request("FROBNICATE", "ocschat", port, "", ""), port)).startsWith("SIP/2.0 501");
  }

  @Test
  void aKnownMethodTheServerDoesNotHandleGets405WithAllow() throws Exception {
    assertThat(peer.sendUntilFinal(peer.request("PUBLISH", "ocschat", port,
        "Event: presence\r\nContact: <sip:alice@127.0.0.1:" + peer.port() + ">\r\n", ""), port)).startsWith("SIP/2.0 405").containsPattern("Allow: [A-Z, ]*OPTIONS");
  }

  @Test
  void aContentLengthLongerThanTheBodyGets400() throws Exception {
    String lying = peer.request("OPTIONS", "ocschat", port, "Content-Type: text/plain\r\n", "short body")
        .replace("Content-Length: 10", "Content-Length: 500");

    assertThat(peer.sendUntilFinal(lying, port)).startsWith("SIP/2.0 400");
  }

  @Test
  void aBodyOverTheSizeLimitGets513() throws Exception {
    // The test server runs with pchat.sip.max-message-size=32768 (arquillian.xml), so a body
    // that still fits one UDP datagram is over the limit.
    assertThat(peer.sendUntilFinal(peer.request("OPTIONS", "ocschat", port, "Content-Type: text/plain\r\n", "x".repeat(40_000)), port)).startsWith("SIP/2.0 513");
  }

  @Test
  void garbageDatagramsAreDroppedAndTheServerStillAnswersAndStaysHealthy() throws Exception {
    peer.send("\u0000\u0001\u0002 not sip at all \r\n\r\n", port);
    peer.send("INVITE\r\n\r\n", port);
    peer.send("SIP/2.0 200 OK\r\nVia: rubbish\r\n\r\n", port);
    peer.receive(500);

    assertThat(peer.sendUntilFinal(peer.request("OPTIONS", "ocschat", port, "", ""), port)).startsWith("SIP/2.0 200");
    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(TestServer.http("/api/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
  }

  @Test
  void givenAOneMebibyteBodyOverTcp_whenItIsSent_thenItGets513TheConnectionClosesOneCodedLineIsLoggedAndBothPortsServe()
      throws Exception {
    // The limit here is 32 KiB; the stack's own cap is the limit plus 64 KiB, so 1 MiB is refused
    // on its headers alone: the body is never read, and the stream cannot be framed after it.
    String target = "sip:huge-" + System.nanoTime() + "@127.0.0.1:" + port;
    try (TcpPeer tcp = new TcpPeer(port)) {
      String huge = tcp.request("OPTIONS", target, "huge-" + System.nanoTime(), "h1", "<sip:ocschat@example.org>", 1,
          "Content-Type: text/plain\r\n", "x".repeat(1 << 20));

      Thread writer = new Thread(() -> sendIgnoringReset(tcp, huge));
      writer.start();

      assertThat(tcp.receive(10_000)).hasValueSatisfying(r -> assertThat(r).startsWith("SIP/2.0 513"));
      assertThat(tcp.closedByServer(10_000)).as("connection closed after the 513").isTrue();
      writer.join();
    }
    assertThat(serverLogLinesWith("PCHAT01071", "start line 'OPTIONS " + target + " SIP/2.0'"))
        .singleElement().asString().contains("Content-Length 1048576").contains("answered 513");
    assertBothPortsAnswerOptions();
  }

  @Test
  void givenAContentLengthOfOneMebibyteWithTheBodyCutShort_whenItIsSentOverTcp_thenItGets513AndBothPortsServe()
      throws Exception {
    String target = "sip:short-" + System.nanoTime() + "@127.0.0.1:" + port;
    try (TcpPeer tcp = new TcpPeer(port)) {
      tcp.send(tcp.request("OPTIONS", target, "short-" + System.nanoTime(), "s1", "<sip:ocschat@example.org>", 1,
          "Content-Type: text/plain\r\n", "only this").replace("Content-Length: 9", "Content-Length: 1048576"));

      assertThat(tcp.receive(10_000)).hasValueSatisfying(r -> assertThat(r).startsWith("SIP/2.0 513"));
      assertThat(tcp.closedByServer(10_000)).as("connection closed after the 513").isTrue();
    }
    assertThat(serverLogLinesWith("PCHAT01071", "start line 'OPTIONS " + target + " SIP/2.0'")).hasSize(1);
    assertBothPortsAnswerOptions();
  }

  private void assertBothPortsAnswerOptions() throws Exception {
    try (TcpPeer fresh = new TcpPeer(port)) {
      fresh.send(fresh.request("OPTIONS", "sip:ocschat@127.0.0.1:" + port, "after-" + System.nanoTime(), "a1",
          "<sip:ocschat@example.org>", 1, "", ""));
      assertThat(fresh.receive(10_000)).as("OPTIONS on a new TCP connection")
          .hasValueSatisfying(r -> assertThat(r).startsWith("SIP/2.0 200"));
    }
    assertThat(peer.sendUntilFinal(peer.request("OPTIONS", "ocschat", port, "", ""), port)).as("OPTIONS over UDP")
        .startsWith("SIP/2.0 200");
  }

  /** The server may close while the body is still being written: that close is its answer. */
  private static void sendIgnoringReset(TcpPeer tcp, String message) {
    try {
      tcp.send(message);
    } catch (IOException expected) {
      // what the server said is read on the other side of the connection
    }
  }

  private static java.util.List<String> serverLogLinesWith(String code, String text) throws IOException {
    Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    return Files.readAllLines(log).stream().filter(l -> l.contains(code) && l.contains(text)).toList();
  }
}

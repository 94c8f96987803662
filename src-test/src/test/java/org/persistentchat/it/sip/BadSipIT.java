package org.persistentchat.it.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.TestServer;
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
}

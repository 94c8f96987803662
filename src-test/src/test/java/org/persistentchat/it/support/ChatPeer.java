package org.persistentchat.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.persistentchat.sip.testing.SipTestPeer;

/**
 * A SIP client signed in to the chat service (INVITE to the pool URI over TCP) that speaks the
 * XCCOS commands the tests need: join, post, backchat, and reading what the server sends.
 */
public final class ChatPeer implements AutoCloseable {

  private static final int WAIT_SECONDS = 10;

  private final SipTestPeer peer;
  private final String address;

  private ChatPeer(SipTestPeer peer, String address) {
    this.peer = peer;
    this.address = address;
  }

  /** Signs {@code address} (user@domain, no scheme) in; fails the test if the INVITE fails. */
  public static ChatPeer signIn(String address) throws Exception {
    SipTestPeer peer = SipTestPeer.on("tcp").as(address);
    assertThat(peer.invite("ocschat", TestServer.sipPort()).getStatusCode()).isEqualTo(200);
    return new ChatPeer(peer, address);
  }

  public SipTestPeer sip() {
    return peer;
  }

  public void join(String roomUri) throws Exception {
    String guid = roomUri.substring(roomUri.lastIndexOf('/') + 1);
    String domain = roomUri.substring("ma-chan://".length(), roomUri.lastIndexOf('/'));
    command("<cmd id=\"cmd:join\" seqid=\"1\"><data><chanid key=\"0\" domain=\"" + domain
        + "\" value=\"" + guid + "\"/></data></cmd>");
    assertThat(next("rpl:join")).contains("<resp code=\"200\"");
  }

  /** Posts to a joined room; the INFO's final response. */
  public Response post(String roomUri, String text) throws Exception {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return peer.inDialog(Request.INFO, envelope("<grpchat id=\"grpchat\" seqid=\"1\" chanUri=\""
        + roomUri + "\" author=\"sip:" + address + "\" ts=\"" + Instant.now() + "\"><chat>"
        + escaped + "</chat></grpchat>"));
  }

  /** The room's last {@code count} messages as the server's rpl:bccontext body. */
  public String history(String roomUri, int count) throws Exception {
    command("<cmd id=\"cmd:bccontext\" seqid=\"1\"><data><chanib uri=\"" + roomUri
        + "\"/><bcq><last cnt=\"" + count + "\"/></bcq></data></cmd>");
    return next("rpl:bccontext");
  }

  /** Sends an XCCOS command in the dialog and expects the INFO to be accepted. */
  public void command(String command) throws Exception {
    assertThat(peer.inDialog(Request.INFO, envelope(command)).getStatusCode()).isEqualTo(200);
  }

  /** The next INFO body from the server that contains {@code marker}, skipping others. */
  public String next(String marker) throws InterruptedException {
    String body = nextOrNull(marker, WAIT_SECONDS);
    assertThat(body).as("an INFO containing " + marker).isNotNull();
    return body;
  }

  public String nextOrNull(String marker, int seconds) throws InterruptedException {
    List<String> skipped = new ArrayList<>();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      Request request = peer.nextRequest(1);
      if (request == null) {
        continue;
      }
      String body = request.getRawContent() == null ? ""
          : new String(request.getRawContent(), StandardCharsets.UTF_8);
      if (body.contains(marker)) {
        return body;
      }
      skipped.add(body);
    }
    return null;
  }

  private static String envelope(String payload) {
    return "<xccos ver=\"1\" envid=\"" + System.nanoTime()
        + "\" xmlns=\"urn:parlano:xml:ns:xccos\">" + payload + "</xccos>";
  }

  @Override
  public void close() {
    peer.close();
  }
}

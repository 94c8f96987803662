package org.persistentchat.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.persistentchat.sip.testing.SipTestPeer;

/**
 * What a Lync/SIPE client says over its XCCOS session (an INVITEd dialog with the pool user):
 * join a room, post, send any command, and read the server's INFOs.
 */
public final class Xccos {

  /** Seconds to wait for an INFO from the server. */
  public static final int WAIT = 10;

  private Xccos() {}

  /** Joins the room and checks the server's 200 reply. */
  public static void join(SipTestPeer peer, String roomUri) throws Exception {
    String guid = roomUri.substring(roomUri.lastIndexOf('/') + 1);
    String domain = roomUri.substring("ma-chan://".length(), roomUri.lastIndexOf('/'));
    info(peer, "<cmd id=\"cmd:join\" seqid=\"1\"><data><chanid key=\"0\" domain=\"" + domain
        + "\" value=\"" + guid + "\"/></data></cmd>");
    assertThat(nextXccos(peer, "rpl:join")).contains("<resp code=\"200\"");
  }

  /** Posts {@code text} as {@code author} (a bare address); the answer to the INFO. */
  public static Response post(SipTestPeer peer, String author, String roomUri, String text)
      throws Exception {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return peer.inDialog(Request.INFO, envelope("<grpchat id=\"grpchat\" seqid=\"1\" chanUri=\""
        + roomUri + "\" author=\"sip:" + author + "\" ts=\"" + Instant.now() + "\"><chat>"
        + escaped + "</chat></grpchat>"));
  }

  /** Sends a command and checks that the INFO was accepted. */
  public static void info(SipTestPeer peer, String command) throws Exception {
    assertThat(peer.inDialog(Request.INFO, envelope(command)).getStatusCode()).isEqualTo(200);
  }

  public static String envelope(String payload) {
    return "<xccos ver=\"1\" envid=\"" + System.nanoTime()
        + "\" xmlns=\"urn:parlano:xml:ns:xccos\">" + payload + "</xccos>";
  }

  /** The next INFO body from the server that contains {@code marker}, skipping others. */
  public static String nextXccos(SipTestPeer peer, String marker) throws InterruptedException {
    String body = nextXccosOrNull(peer, marker, WAIT);
    assertThat(body).as("an INFO containing " + marker).isNotNull();
    return body;
  }

  public static String nextXccosOrNull(SipTestPeer peer, String marker, int seconds)
      throws InterruptedException {
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
    }
    return null;
  }
}

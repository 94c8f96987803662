package org.persistentchat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.persistentchat.bench.SipLink.SipMessage;

/**
 * One simulated Lync/SIPE user: a chat dialog with the pool (INVITE to {@code ocschat}, ACK),
 * XCCOS commands and posts in INFO, BYE. The user is whoever the From header says: on a direct
 * connection the server takes the From address as the identity, so many users share one link.
 */
final class ChatClient implements SipLink.DialogHandler {

  /** Where the grpchat INFOs the server delivers to this user go. */
  interface Deliveries {
    void delivered(ChatClient to, String xccos);
  }

  private static final String DOMAIN = "bench.test";
  private static final AtomicLong ENVELOPES = new AtomicLong(1000);
  /**
   * How long to wait between the 200 to the INVITE and the ACK; none by default, as a client on
   * loopback does. An ACK that overtook the server stack's bookkeeping of its 200 used to be lost
   * (JAIN-SIP RI 1.3.0-91 starts the 2xx timer after the send), and the dialog ended 32 s later;
   * the adapter now hands such an ACK to the stack again. A delay is left as a knob for comparing
   * with runs made before that.
   */
  private static final long ACK_DELAY_MS = Long.getLong("bench.ack-delay-ms", 0);

  private final SipLink link;
  private final String user;
  private final String callId;
  private final String fromTag;
  private final Deliveries deliveries;
  private final AtomicInteger cseq = new AtomicInteger(1);
  private volatile String toTag;
  private volatile String target;
  private volatile String awaitedReply;
  private volatile CompletableFuture<String> reply;
  private volatile boolean joined;

  ChatClient(SipLink link, String userPart, Deliveries deliveries) {
    this.link = link;
    this.user = "sip:" + userPart + "@" + DOMAIN;
    this.callId = userPart + "-" + Long.toHexString(System.nanoTime()) + "@" + link.localHost();
    this.fromTag = Long.toHexString(Double.doubleToLongBits(Math.random()));
    this.deliveries = deliveries;
  }

  /** The SIP address, without the scheme, as the admin API's paths name users. */
  String address() {
    return user.substring("sip:".length());
  }

  String uri() {
    return user;
  }

  /** INVITE to the pool URI, then ACK; completes when the session is up. */
  CompletableFuture<Void> connect(String serverHost, int serverPort) {
    link.register(callId, this);
    String sdp = "v=0\r\no=- 0 0 IN IP4 " + link.localHost() + "\r\ns=session\r\nc=IN IP4 "
        + link.localHost() + "\r\nt=0 0\r\nm=message " + link.localPort() + " sip null\r\n"
        + "a=accept-types:text/plain\r\n";
    byte[] body = sdp.getBytes(StandardCharsets.US_ASCII);
    String request = "INVITE sip:ocschat@" + serverHost + ":" + serverPort + ";transport=tcp SIP/2.0\r\n"
        + via()
        + "Max-Forwards: 70\r\n"
        + "From: <" + user + ">;tag=" + fromTag + ";epid=bench\r\n"
        + "To: <sip:ocschat@" + DOMAIN + ">\r\n"
        + "Call-ID: " + callId + "\r\n"
        + "CSeq: 1 INVITE\r\n"
        + "Contact: <" + user.replace("@" + DOMAIN, "@" + link.localHost() + ":" + link.localPort())
        + ";transport=tcp>\r\n"
        + "Supported: ms-sender\r\n"
        + "Content-Type: application/sdp\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n";
    return send("1 INVITE", request, body).thenCompose(response -> ACK_DELAY_MS == 0
        ? CompletableFuture.completedFuture(response)
        : CompletableFuture.supplyAsync(() -> response,
            CompletableFuture.delayedExecutor(ACK_DELAY_MS, TimeUnit.MILLISECONDS)))
        .thenAccept(response -> {
      requireOk(response, "INVITE");
      String to = response.header("To");
      toTag = to.substring(to.indexOf(";tag=") + 5).split(";")[0];
      String contact = response.header("Contact");
      target = contact.substring(contact.indexOf('<') + 1, contact.indexOf('>'));
      try {
        link.send("ACK " + target + " SIP/2.0\r\n" + via() + "Max-Forwards: 70\r\n" + dialogHeaders()
            + "CSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Sends an XCCOS command and completes with the body of its reply INFO ({@code rpl:<name>}).
   * One command at a time per user, as SIPE does.
   */
  CompletableFuture<String> command(String name, String data) {
    CompletableFuture<String> answer = new CompletableFuture<>();
    awaitedReply = "rpl:" + name;
    reply = answer;
    info("<cmd id=\"cmd:" + name + "\" seqid=\"1\"><data>" + data + "</data></cmd>")
        .whenComplete((response, error) -> {
          if (error != null) {
            answer.completeExceptionally(error);
          } else if (response.status() != 200) {
            answer.completeExceptionally(new IllegalStateException("cmd:" + name + " got " + response.startLine()));
          }
        });
    return answer;
  }

  /** Joins a room; completes when rpl:join says 200. */
  CompletableFuture<Void> join(String roomUri) {
    String guid = roomUri.substring(roomUri.lastIndexOf('/') + 1);
    String domain = roomUri.substring("ma-chan://".length(), roomUri.lastIndexOf('/'));
    return command("join", "<chanid key=\"0\" domain=\"" + domain + "\" value=\"" + guid + "\"/>")
        .thenAccept(body -> {
          if (!body.contains("<resp code=\"200\"")) {
            throw new IllegalStateException(user + " could not join " + roomUri + ": " + body);
          }
          joined = true;
        });
  }

  /** Whether the last join succeeded (sessions the server dropped meanwhile still say yes). */
  boolean joined() {
    return joined;
  }

  /** Posts plain text (no markup) to a joined room; completes with the SIP status of the INFO. */
  CompletableFuture<Integer> post(String roomUri, String text) {
    return info("<grpchat id=\"grpchat\" seqid=\"1\" chanUri=\"" + roomUri + "\" author=\"" + user
        + "\" ts=\"" + Instant.now() + "\"><chat>" + text + "</chat></grpchat>")
        .thenApply(SipMessage::status);
  }

  /** Ends the session; completes with the status of the BYE. */
  CompletableFuture<Integer> bye() {
    int n = cseq.incrementAndGet();
    return send(n + " BYE", "BYE " + target + " SIP/2.0\r\n" + via() + "Max-Forwards: 70\r\n"
        + dialogHeaders() + "CSeq: " + n + " BYE\r\nContent-Length: 0\r\n\r\n", new byte[0])
        .thenApply(response -> {
          link.forget(callId);
          return response.status();
        });
  }

  @Override
  public void onRequest(SipMessage request) {
    if (!"INFO".equals(request.method())) {
      return;
    }
    String body = request.bodyText();
    if (body.contains("<grpchat")) {
      deliveries.delivered(this, body);
      return;
    }
    String awaited = awaitedReply;
    if (awaited != null && body.contains("\"" + awaited + "\"")) {
      CompletableFuture<String> waiting = reply;
      awaitedReply = null;
      reply = null;
      if (waiting != null) {
        waiting.complete(body);
      }
    }
  }

  private CompletableFuture<SipMessage> info(String payload) {
    byte[] body = ("<xccos ver=\"1\" envid=\"" + ENVELOPES.incrementAndGet()
        + "\" xmlns=\"urn:parlano:xml:ns:xccos\">" + payload + "</xccos>")
        .getBytes(StandardCharsets.UTF_8);
    int n = cseq.incrementAndGet();
    return send(n + " INFO", "INFO " + target + " SIP/2.0\r\n" + via() + "Max-Forwards: 70\r\n"
        + dialogHeaders() + "CSeq: " + n + " INFO\r\nContent-Type: text/plain\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n", body);
  }

  private CompletableFuture<SipMessage> send(String cseqValue, String head, byte[] body) {
    try {
      return link.request(callId, cseqValue, head, body);
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private String via() {
    return "Via: SIP/2.0/TCP " + link.localHost() + ":" + link.localPort() + ";branch="
        + link.newBranch() + ";rport\r\n";
  }

  private String dialogHeaders() {
    return "From: <" + user + ">;tag=" + fromTag + ";epid=bench\r\n"
        + "To: <sip:ocschat@" + DOMAIN + ">;tag=" + toTag + "\r\n"
        + "Call-ID: " + callId + "\r\n";
  }

  private void requireOk(SipMessage response, String what) {
    if (response.status() != 200) {
      throw new IllegalStateException(what + " for " + user + " answered " + response.startLine());
    }
  }
}

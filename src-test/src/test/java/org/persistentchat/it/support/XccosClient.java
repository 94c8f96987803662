package org.persistentchat.it.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.persistentchat.sip.testing.SipTestPeer;

/**
 * A Lync/SIPE-style chat client over real SIP (the JAIN-SIP test peer, TCP): one INVITE dialog to
 * the pool URI, XCCOS commands and posts in INFO, and the server's INFOs read back by what they
 * contain. Bodies the test did not ask for yet are kept, so a notice that arrives before the reply
 * a test waits for is still there when the test asks for it.
 */
public final class XccosClient implements AutoCloseable {

  /** How long a reply or notice may take before the test fails. */
  public static final int WAIT_SECONDS = 10;

  private static final Pattern RESPONSE_CODE = Pattern.compile("<resp code=\"(\\d+)\">([^<]*)</resp>");
  private static final AtomicLong ENVELOPES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private final SipTestPeer peer;
  private final String address;
  private final List<String> unread = new ArrayList<>();

  private XccosClient(SipTestPeer peer, String address) {
    this.peer = peer;
    this.address = address;
  }

  /** A client for {@code user@domain}, not yet connected. */
  public static XccosClient as(String address) throws Exception {
    return new XccosClient(SipTestPeer.on("tcp").as(address), address);
  }

  /** A client for {@code user@domain} with its session open. */
  public static XccosClient connected(String address) throws Exception {
    XccosClient client = as(address);
    Response answer = client.connect();
    if (answer.getStatusCode() != 200) {
      client.close();
      throw new IllegalStateException(address + " could not connect: " + answer);
    }
    return client;
  }

  /** INVITEs the pool URI (ocschat), as SIPE does; a new dialog each time, as after a reconnect. */
  public Response connect() throws Exception {
    return connect(TestServer.sipPort());
  }

  /** INVITEs the pool URI of the server whose SIP port is {@code sipPort}. */
  public Response connect(int sipPort) throws Exception {
    unread.clear();
    return peer.invite("ocschat", sipPort);
  }

  public String address() {
    return address;
  }

  public String uri() {
    return "sip:" + address;
  }

  public SipTestPeer peer() {
    return peer;
  }

  /** Sends this body, as is, in an INFO on the session's dialog. */
  public Response info(String body) throws Exception {
    return peer.inDialog(Request.INFO, body);
  }

  /** Sends one payload ({@code cmd} or {@code grpchat}) in an envelope. */
  public Response send(String payload) throws Exception {
    return info(envelope(payload));
  }

  /**
   * Sends a command and returns the reply it gets ({@code rpl:NAME}).
   *
   * @throws IllegalStateException if the INFO is not answered 200 or no reply arrives
   */
  public String command(String name, String data) throws Exception {
    Response accepted = send("<cmd id=\"cmd:" + name + "\" seqid=\"1\"><data>" + data + "</data></cmd>");
    if (accepted.getStatusCode() != 200) {
      throw new IllegalStateException("cmd:" + name + " answered " + accepted);
    }
    return next("rpl:" + name);
  }

  public String join(String roomUri) throws Exception {
    return command("join", chanid(0, roomUri));
  }

  /** One {@code bjoin} for all the rooms, in order. */
  public String batchJoin(String... roomUris) throws Exception {
    StringBuilder data = new StringBuilder();
    for (int i = 0; i < roomUris.length; i++) {
      data.append(chanid(i, roomUris[i]));
    }
    return command("bjoin", data.toString());
  }

  public String part(String roomUri) throws Exception {
    return command("part", "<chanib uri=\"" + roomUri + "\"/>");
  }

  /** The last {@code count} messages of the room ({@code cmd:bccontext}). */
  public String history(String roomUri, int count) throws Exception {
    return command("bccontext", "<chanib uri=\"" + roomUri + "\"/><bcq><last cnt=\"" + count
        + "\"/></bcq>");
  }

  /** The rooms whose name contains {@code criteria} ({@code cmd:chansrch}). */
  public String search(String criteria) throws Exception {
    return command("chansrch", "<qib qtype=\"BYNAME\" criteria=\"" + escape(criteria)
        + "\" extended=\"false\"/>");
  }

  /** Posts as this user; the SIP status of the INFO is the post's outcome. */
  public Response post(String roomUri, String text) throws Exception {
    return postAs(uri(), roomUri, text);
  }

  /** Posts naming {@code author}, which the server must check against the SIP identity. */
  public Response postAs(String author, String roomUri, String text) throws Exception {
    return send("<grpchat id=\"grpchat\" seqid=\"1\" chanUri=\"" + roomUri + "\" author=\""
        + author + "\" ts=\"" + Instant.now() + "\"><chat>" + escape(text) + "</chat></grpchat>");
  }

  /** Ends the session with BYE. */
  public Response bye() throws Exception {
    return peer.inDialog(Request.BYE, null);
  }

  /** The next INFO body from the server that contains {@code marker}; fails after the wait. */
  public String next(String marker) throws InterruptedException {
    return nextWithin(marker, WAIT_SECONDS).orElseThrow(() -> new AssertionError(
        address + " received no INFO containing " + marker + " within " + WAIT_SECONDS
            + " s; unread: " + unread));
  }

  /** The next INFO body containing {@code marker} within {@code seconds}, if any. */
  public Optional<String> nextWithin(String marker, int seconds) throws InterruptedException {
    Optional<String> kept = takeUnread(marker);
    if (kept.isPresent()) {
      return kept;
    }
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      Request request = peer.nextRequest(1);
      if (request == null) {
        continue;
      }
      String body = request.getRawContent() == null ? ""
          : new String(request.getRawContent(), StandardCharsets.UTF_8);
      if (body.contains(marker)) {
        return Optional.of(body);
      }
      if (!body.isEmpty()) {
        unread.add(body);
      }
    }
    return Optional.empty();
  }

  /** Every INFO body containing {@code marker} that arrives within {@code seconds}. */
  public List<String> allWithin(String marker, int seconds) throws InterruptedException {
    List<String> found = new ArrayList<>();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      nextWithin(marker, 1).ifPresent(found::add);
    }
    return found;
  }

  @Override
  public void close() {
    peer.close();
  }

  /** The {@code resp} code of a reply or notice. */
  public static int code(String body) {
    return responseMatcher(body).map(m -> Integer.parseInt(m.group(1))).orElse(-1);
  }

  /** The {@code resp} text of a reply or notice, such as {@code ERR_PERMISSION}. */
  public static String codeText(String body) {
    return responseMatcher(body).map(m -> m.group(2)).orElse("");
  }

  public static String envelope(String payload) {
    return "<xccos ver=\"1\" envid=\"" + ENVELOPES.incrementAndGet()
        + "\" xmlns=\"urn:parlano:xml:ns:xccos\">" + payload + "</xccos>";
  }

  /** A room as SIPE names it in join commands: domain and GUID apart. */
  public static String chanid(int key, String roomUri) {
    return "<chanid key=\"" + key + "\" domain=\"" + domainOf(roomUri) + "\" value=\""
        + guidOf(roomUri) + "\"/>";
  }

  public static String domainOf(String roomUri) {
    return roomUri.substring("ma-chan://".length(), roomUri.lastIndexOf('/'));
  }

  public static String guidOf(String roomUri) {
    return roomUri.substring(roomUri.lastIndexOf('/') + 1);
  }

  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private Optional<String> takeUnread(String marker) {
    for (Iterator<String> it = unread.iterator(); it.hasNext(); ) {
      String body = it.next();
      if (body.contains(marker)) {
        it.remove();
        return Optional.of(body);
      }
    }
    return Optional.empty();
  }

  private static Optional<Matcher> responseMatcher(String body) {
    Matcher m = RESPONSE_CODE.matcher(body);
    return m.find() ? Optional.of(m) : Optional.empty();
  }
}

package org.persistentchat.sip.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw SIP peer over one TCP connection: writes messages as given and reads whole messages back,
 * with nothing between the bytes on the wire and the test (no transaction layer that would ACK,
 * retransmit or absorb on its own).
 */
public final class TcpPeer implements AutoCloseable {

  private static final AtomicLong BRANCHES = new AtomicLong();

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  /** Connects to the server's TCP listening point on loopback. */
  public TcpPeer(int serverPort) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), serverPort);
    socket.setTcpNoDelay(true);
    in = new BufferedInputStream(socket.getInputStream());
    out = socket.getOutputStream();
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** Writes one message; callable from any thread (one message is never interleaved with another). */
  public void send(String message) throws IOException {
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    synchronized (out) {
      out.write(bytes);
      out.flush();
    }
  }

  /**
   * The next whole message (start line, headers, body as Content-Length says), or empty if none
   * came within the wait or the server closed the connection.
   */
  public Optional<String> receive(int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    try {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int matched = 0;
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          return Optional.empty();
        }
        if (head.size() == 0 && (b == '\r' || b == '\n')) {
          continue; // keep-alive CRLFs between messages (RFC 5626)
        }
        head.write(b);
        matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      String headers = head.toString(StandardCharsets.UTF_8);
      int length = header(headers, "Content-Length").or(() -> header(headers, "l"))
          .map(v -> Integer.parseInt(v.trim())).orElse(0);
      byte[] body = in.readNBytes(length);
      return Optional.of(headers + new String(body, StandardCharsets.UTF_8));
    } catch (SocketTimeoutException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the server closes the connection (end of stream or reset) within the wait, skipping
   * anything it still sends before closing.
   */
  public boolean closedByServer(int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    try {
      while (in.read() >= 0) {
        // drain until the end of the stream
      }
      return true;
    } catch (java.net.SocketException reset) {
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  /** The value of a message's first header of that name (case-insensitive), without the name. */
  public static Optional<String> header(String message, String name) {
    for (String line : message.split("\r\n")) {
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return Optional.of(line.substring(colon + 1).trim());
      }
    }
    return Optional.empty();
  }

  /** The status code of a response, or 0 for a request. */
  public static int status(String message) {
    return message.startsWith("SIP/2.0 ") ? Integer.parseInt(message.substring(8, 11)) : 0;
  }

  /** The method a message's CSeq names. */
  public static String cseqMethod(String message) {
    String cseq = header(message, "CSeq").orElseThrow();
    return cseq.substring(cseq.indexOf(' ') + 1).trim();
  }

  /** The tag parameter of a From or To value, if any. */
  public static Optional<String> tag(String addressValue) {
    int at = addressValue.indexOf(";tag=");
    return at < 0 ? Optional.empty() : Optional.of(addressValue.substring(at + 5).split(";")[0]);
  }

  /** A fresh Via for a request sent by this peer. */
  public String via() {
    return "Via: SIP/2.0/TCP 127.0.0.1:" + port() + ";branch=z9hG4bK" + port() + "x"
        + BRANCHES.incrementAndGet() + "\r\n";
  }

  /**
   * A request from {@code alice@example.org} on this connection: {@code to} is the To value
   * (with a tag for an in-dialog request), the request URI is {@code target}.
   */
  public String request(String method, String target, String callId, String fromTag, String to,
      long cseq, String extraHeaders, String body) {
    return method + " " + target + " SIP/2.0\r\n"
        + via()
        + "Max-Forwards: 70\r\n"
        + "From: <sip:alice@example.org>;tag=" + fromTag + "\r\n"
        + "To: " + to + "\r\n"
        + "Call-ID: " + callId + "\r\n"
        + "CSeq: " + cseq + " " + method + "\r\n"
        + extraHeaders
        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n"
        + body;
  }

  /** A 200 to a request the server sent, echoing what RFC 3261 §8.2.6.2 says a response copies. */
  public static String ok(String request) {
    StringBuilder response = new StringBuilder("SIP/2.0 200 OK\r\n");
    for (String line : request.split("\r\n")) {
      if (line.isEmpty()) {
        break;
      }
      String name = line.substring(0, Math.max(0, line.indexOf(':'))).trim();
      if (name.equalsIgnoreCase("Via") || name.equalsIgnoreCase("From") || name.equalsIgnoreCase("To")
          || name.equalsIgnoreCase("Call-ID") || name.equalsIgnoreCase("CSeq")) {
        response.append(line).append("\r\n");
      }
    }
    return response.append("Content-Length: 0\r\n\r\n").toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}

package org.persistentchat.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One TCP connection to the server carrying the dialogs of many simulated users, as a front end
 * would. The server keeps each dialog on the connection it came in on, so its INFOs arrive here;
 * this link answers them with 200 at once and hands them to the dialog's owner. Far leaner than a
 * JAIN-SIP stack per user: a reader thread per connection and no transaction layer (TCP is
 * reliable, so nothing is retransmitted).
 */
final class SipLink implements AutoCloseable {

  /** What a dialog's owner is told about requests the server sends on it. */
  interface DialogHandler {
    void onRequest(SipMessage request);
  }

  private static final AtomicLong BRANCHES = new AtomicLong();

  private final Socket socket;
  private final OutputStream out;
  private final String localHost;
  private final int localPort;
  private final Map<String, CompletableFuture<SipMessage>> awaiting = new ConcurrentHashMap<>();
  private final Map<String, DialogHandler> dialogs = new ConcurrentHashMap<>();
  private final Thread reader;
  private volatile boolean closed;

  SipLink(String host, int port) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress(host, port), 10_000);
    out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
    localHost = socket.getLocalAddress().getHostAddress();
    localPort = socket.getLocalPort();
    reader = new Thread(this::readLoop, "sip-link-" + localPort);
    reader.setDaemon(true);
    reader.start();
  }

  String localHost() {
    return localHost;
  }

  int localPort() {
    return localPort;
  }

  String newBranch() {
    return "z9hG4bK-bench-" + localPort + "-" + BRANCHES.incrementAndGet();
  }

  void register(String callId, DialogHandler handler) {
    dialogs.put(callId, handler);
  }

  void forget(String callId) {
    dialogs.remove(callId);
  }

  /**
   * Sends a request and returns its final response.
   *
   * @param callId and {@code cseq} (e.g. "2 INFO") identify the response
   */
  CompletableFuture<SipMessage> request(String callId, String cseq, String text, byte[] body)
      throws IOException {
    CompletableFuture<SipMessage> response = new CompletableFuture<>();
    awaiting.put(callId + " " + cseq, response);
    try {
      write(text, body);
    } catch (IOException e) {
      awaiting.remove(callId + " " + cseq);
      throw e;
    }
    return response;
  }

  /** Sends something that gets no response (ACK). */
  void send(String text) throws IOException {
    write(text, new byte[0]);
  }

  private void write(String head, byte[] body) throws IOException {
    byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
    synchronized (out) {
      out.write(headBytes);
      out.write(body);
      out.flush();
    }
  }

  private void readLoop() {
    try (InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024)) {
      while (!closed) {
        SipMessage message = SipMessage.read(in);
        if (message == null) {
          break;
        }
        if (message.isResponse()) {
          onResponse(message);
        } else {
          onRequest(message);
        }
      }
    } catch (IOException e) {
      if (!closed) {
        failAll(e);
      }
    }
    failAll(new IOException("connection closed"));
  }

  private void onResponse(SipMessage response) {
    if (response.status() < 200) {
      return;
    }
    CompletableFuture<SipMessage> waiting =
        awaiting.remove(response.header("Call-ID") + " " + response.header("CSeq"));
    if (waiting != null) {
      waiting.complete(response);
    }
  }

  private void onRequest(SipMessage request) throws IOException {
    if (!"ACK".equals(request.method())) {
      StringBuilder ok = new StringBuilder("SIP/2.0 200 OK\r\n");
      for (String via : request.headers("Via")) {
        ok.append("Via: ").append(via).append("\r\n");
      }
      ok.append("From: ").append(request.header("From")).append("\r\n")
          .append("To: ").append(request.header("To")).append("\r\n")
          .append("Call-ID: ").append(request.header("Call-ID")).append("\r\n")
          .append("CSeq: ").append(request.header("CSeq")).append("\r\n")
          .append("Content-Length: 0\r\n\r\n");
      write(ok.toString(), new byte[0]);
    }
    DialogHandler handler = dialogs.get(request.header("Call-ID"));
    if (handler != null) {
      handler.onRequest(request);
    }
  }

  private void failAll(IOException cause) {
    awaiting.values().forEach(f -> f.completeExceptionally(cause));
    awaiting.clear();
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException e) {
      // closing: nothing is waiting on this socket any more
    }
  }

  /** A SIP message as read off the stream: start line, headers (by lower-case name), body. */
  record SipMessage(String startLine, Map<String, List<String>> headerMap, byte[] body) {

    private static final Map<String, String> COMPACT = Map.of(
        "i", "call-id", "l", "content-length", "v", "via", "f", "from", "t", "to",
        "c", "content-type", "m", "contact");

    boolean isResponse() {
      return startLine.startsWith("SIP/2.0 ");
    }

    int status() {
      return Integer.parseInt(startLine.substring(8, 11));
    }

    String method() {
      return startLine.substring(0, startLine.indexOf(' '));
    }

    String header(String name) {
      List<String> values = headerMap.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }

    List<String> headers(String name) {
      return headerMap.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** Reads one message; null at the end of the stream. Blank lines between messages (keep-alives) are skipped. */
    static SipMessage read(InputStream in) throws IOException {
      String start;
      do {
        start = line(in);
        if (start == null) {
          return null;
        }
      } while (start.isEmpty());
      Map<String, List<String>> headers = new HashMap<>();
      String line;
      while ((line = line(in)) != null && !line.isEmpty()) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        name = COMPACT.getOrDefault(name, name);
        String value = line.substring(colon + 1).trim();
        List<String> values = headers.computeIfAbsent(name, n -> new ArrayList<>(1));
        if ("via".equals(name)) {
          for (String via : value.split(",")) {
            values.add(via.trim());
          }
        } else {
          values.add(value);
        }
      }
      List<String> length = headers.get("content-length");
      int size = length == null ? 0 : Integer.parseInt(length.get(0));
      byte[] body = in.readNBytes(size);
      if (body.length < size) {
        return null;
      }
      return new SipMessage(start, headers, body);
    }

    private static String line(InputStream in) throws IOException {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          byte[] bytes = buffer.toByteArray();
          int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
          return new String(bytes, 0, end, StandardCharsets.UTF_8);
        }
        buffer.write(b);
      }
      return null;
    }
  }
}

package org.persistentchat.sip.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A raw SIP peer over UDP: sends text as-is and reads what comes back. */
public final class UdpPeer implements AutoCloseable {

  private final DatagramSocket socket;

  public UdpPeer() throws IOException {
    socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    socket.setSoTimeout(5000);
  }

  public int port() {
    return socket.getLocalPort();
  }

  public void send(String text, int port) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
  }

  /** The next datagram, or null if none came within the timeout. */
  public String receive(int timeoutMillis) throws IOException {
    Datagram datagram = receiveDatagram(timeoutMillis);
    return datagram == null ? null : datagram.text();
  }

  /** A datagram as it arrived: its text and the port it was sent from. */
  public record Datagram(String text, int sourcePort) {}

  /** The next datagram with the port it came from, or null if none came within the timeout. */
  public Datagram receiveDatagram(int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    byte[] buf = new byte[65536];
    DatagramPacket packet = new DatagramPacket(buf, buf.length);
    try {
      socket.receive(packet);
    } catch (SocketTimeoutException e) {
      return null;
    }
    return new Datagram(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8),
        packet.getPort());
  }

  /**
   * The final response a UAS gives a request: its Via, From, To (with a tag), Call-ID and CSeq,
   * no body.
   */
  public static String answer(String request, int status, String reason) {
    StringBuilder response = new StringBuilder("SIP/2.0 " + status + " " + reason + "\r\n");
    for (String line : request.split("\r\n")) {
      if (line.isEmpty()) {
        break;
      }
      String name = line.substring(0, Math.max(0, line.indexOf(':'))).trim();
      if (name.equalsIgnoreCase("To")) {
        response.append(line).append(";tag=u1\r\n");
      } else if (java.util.Set.of("via", "from", "call-id", "cseq").contains(name.toLowerCase())) {
        response.append(line).append("\r\n");
      }
    }
    return response.append("Content-Length: 0\r\n\r\n").toString();
  }

  /** The next final response (skipping 1xx), or null. */
  public String receiveFinal() throws IOException {
    for (int i = 0; i < 5; i++) {
      String r = receive(5000);
      if (r == null || !r.startsWith("SIP/2.0 1")) {
        return r;
      }
    }
    return null;
  }

  /**
   * Sends a request and retransmits it every 500 ms, as a UDP client does (RFC 3261 Timer E),
   * until a final response arrives or ten tries have passed.
   */
  public String sendUntilFinal(String text, int port) throws IOException {
    for (int attempt = 0; attempt < 10; attempt++) {
      send(text, port);
      String response;
      while ((response = receive(500)) != null) {
        if (!response.startsWith("SIP/2.0 1")) {
          return response;
        }
      }
    }
    return null;
  }

  /**
   * Sends several requests at once and collects one final response per Call-ID, retransmitting
   * every 500 ms the requests still unanswered (ten rounds at most), as a UDP client does.
   *
   * @return the final responses by Call-ID; a request never answered is absent
   */
  public java.util.Map<String, String> exchange(java.util.List<String> requests, int port) throws IOException {
    java.util.Map<String, String> byCallId = new java.util.HashMap<>();
    java.util.Map<String, String> answers = new java.util.HashMap<>();
    for (String r : requests) {
      byCallId.put(callIdOf(r), r);
    }
    for (int round = 0; round < 10 && answers.size() < byCallId.size(); round++) {
      for (java.util.Map.Entry<String, String> e : byCallId.entrySet()) {
        if (!answers.containsKey(e.getKey())) {
          send(e.getValue(), port);
        }
      }
      String response;
      while ((response = receive(500)) != null) {
        if (!response.startsWith("SIP/2.0 1")) {
          answers.putIfAbsent(callIdOf(response), response);
        }
      }
    }
    return answers;
  }

  private static String callIdOf(String message) {
    for (String line : message.split("\r\n")) {
      if (line.regionMatches(true, 0, "Call-ID:", 0, 8)) {
        return line.substring(8).trim();
      }
    }
    return "";
  }

  public String request(String method, String user, int serverPort, String extraHeaders, String body) {
    String branch = "z9hG4bK" + Long.toHexString(System.nanoTime());
    return method + " sip:" + user + "@127.0.0.1:" + serverPort + " SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 127.0.0.1:" + port() + ";branch=" + branch + "\r\n"
        + "Max-Forwards: 70\r\n"
        + "From: <sip:alice@example.org>;tag=a1\r\n"
        + "To: <sip:" + user + "@example.org>\r\n"
        + "Call-ID: " + branch + "@127.0.0.1\r\n"
        + "CSeq: 1 " + method + "\r\n"
        + extraHeaders
        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n"
        + body;
  }

  @Override
  public void close() {
    socket.close();
  }
}

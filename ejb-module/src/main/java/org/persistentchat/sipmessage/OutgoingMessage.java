package org.persistentchat.sipmessage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.persistentchat.sip.SipUri;

/**
 * One MESSAGE as it waits in a member's outbox. The outbox carries opaque bytes, so the room it
 * is from and its content type travel framed in front of the body, written by the member's
 * encoder and read by the same member's sender.
 */
record OutgoingMessage(SipUri room, String contentType, byte[] body) {

  OutgoingMessage {
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
  }

  byte[] frame() {
    byte[] head = (room + "\n" + contentType + "\n").getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(head.length + body.length).put(head).put(body).array();
  }

  static OutgoingMessage unframe(byte[] framed) {
    int first = indexOf(framed, 0);
    int second = indexOf(framed, first + 1);
    String room = new String(framed, 0, first, StandardCharsets.UTF_8);
    String type = new String(framed, first + 1, second - first - 1, StandardCharsets.UTF_8);
    byte[] body = new byte[framed.length - second - 1];
    System.arraycopy(framed, second + 1, body, 0, body.length);
    return new OutgoingMessage(SipUri.parse(room), type, body);
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    throw new IllegalArgumentException("not a framed outgoing message");
  }
}

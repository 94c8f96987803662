package org.persistentchat.chat.sip;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.persistentchat.session.SessionId;
import org.persistentchat.sip.DialogId;

/**
 * A chat session is named by its SIP dialog, reversibly: the session id encodes the dialog's
 * Call-ID and tags, so any node can tell which dialog a session lives on without keeping a map.
 */
public final class DialogSessions {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private DialogSessions() {}

  public static SessionId sessionOf(DialogId dialog) {
    return SessionId.of(encode(dialog.callId()) + "." + encode(dialog.localTag()) + "."
        + encode(dialog.remoteTag()));
  }

  /** @throws IllegalArgumentException if the session id was not made by {@link #sessionOf} */
  public static DialogId dialogOf(SessionId session) {
    String[] parts = session.value().split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a dialog session id: " + session);
    }
    return new DialogId(decode(parts[0]), decode(parts[1]), decode(parts[2]));
  }

  private static String encode(String s) {
    return ENCODER.encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String s) {
    return new String(DECODER.decode(s), StandardCharsets.UTF_8);
  }
}

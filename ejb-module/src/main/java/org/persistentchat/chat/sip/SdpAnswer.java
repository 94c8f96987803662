package org.persistentchat.chat.sip;

import org.persistentchat.sip.ListeningAddress;
import org.persistentchat.sip.SipUri;

/**
 * The SDP answer to a chat INVITE: a {@code message} media line naming the pool, as Lync's
 * chat server answers. No media flows; the dialog only carries INFO.
 */
final class SdpAnswer {

  private SdpAnswer() {}

  static String forMessageSession(ListeningAddress here, SipUri pool) {
    String ipVersion = here.host().contains(":") ? "IP6" : "IP4";
    return "v=0\r\n"
        + "o=- 0 0 IN " + ipVersion + " " + here.host() + "\r\n"
        + "s=session\r\n"
        + "c=IN " + ipVersion + " " + here.host() + "\r\n"
        + "t=0 0\r\n"
        + "m=message " + here.port() + " sip " + pool + "\r\n";
  }
}

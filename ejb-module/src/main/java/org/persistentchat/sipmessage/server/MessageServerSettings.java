package org.persistentchat.sipmessage.server;

import java.util.Optional;
import org.persistentchat.sip.SipUri;
import org.persistentchat.sipmessage.MessageSettings;

/**
 * The SIP MESSAGE front end's settings, from system properties:
 *
 * <ul>
 *   <li>{@code pchat.sipmessage.outbound-proxy} — a SIP URI ({@code sip:registrar.example.com:5060})
 *       every delivery is routed through, addressed to the member's address of record; unset
 *       (the default) sends to the Contact of each member's last request;
 *   <li>{@code pchat.sipmessage.udp-body-limit} — the largest MESSAGE body over UDP, in bytes
 *       (default 1300, RFC 3428); larger ones are refused with 513 and sent over TCP.
 * </ul>
 *
 * <p>Room URIs use the chat domain, {@code pchat.chat.domain}.
 */
final class MessageServerSettings {

  static final String OUTBOUND_PROXY = "pchat.sipmessage.outbound-proxy";
  static final String UDP_BODY_LIMIT = "pchat.sipmessage.udp-body-limit";

  private MessageServerSettings() {}

  static MessageSettings fromSystemProperties() {
    String proxy = System.getProperty(OUTBOUND_PROXY, "").trim();
    int limit = Integer.parseInt(System.getProperty(UDP_BODY_LIMIT,
        Integer.toString(MessageSettings.RFC_3428_UDP_LIMIT)));
    return new MessageSettings(proxy.isEmpty() ? Optional.empty() : Optional.of(SipUri.parse(proxy)),
        limit);
  }
}

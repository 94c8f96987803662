package org.persistentchat.sipmessage;

import java.util.Objects;
import java.util.Optional;
import org.persistentchat.sip.SipUri;

/**
 * Settings of the SIP MESSAGE front end.
 *
 * @param outboundProxy where deliveries go (the registrar that knows members' contacts), with the
 *     member's address of record as target; empty to send straight to each member's Contact
 * @param udpBodyLimit the largest body sent or accepted over UDP (RFC 3428: 1300 bytes, which
 *     leaves room for headers within a 1500-byte path MTU)
 */
public record MessageSettings(Optional<SipUri> outboundProxy, int udpBodyLimit) {

  public static final int RFC_3428_UDP_LIMIT = 1300;

  public MessageSettings {
    Objects.requireNonNull(outboundProxy, "outboundProxy");
    if (udpBodyLimit < 1) {
      throw new IllegalArgumentException("udpBodyLimit must be positive");
    }
  }

  public static MessageSettings defaults() {
    return new MessageSettings(Optional.empty(), RFC_3428_UDP_LIMIT);
  }
}

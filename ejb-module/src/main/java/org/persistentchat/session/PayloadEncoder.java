package org.persistentchat.session;

import java.util.Optional;
import org.persistentchat.xccos.model.ServerPayload;

/**
 * Turns a server payload into the body one session's client understands. Dialog sessions get an
 * XCCOS envelope; sessions of other protocols (plain SIP MESSAGE members) render what they can
 * show and skip the rest, so the chat core fans out once, whatever its members speak.
 */
@FunctionalInterface
public interface PayloadEncoder {

  /** The body to send, or empty when this session's client has no use for the payload. */
  Optional<byte[]> encode(ServerPayload payload);
}

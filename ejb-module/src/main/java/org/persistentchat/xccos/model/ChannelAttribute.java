package org.persistentchat.xccos.model;

import java.util.Objects;
import org.persistentchat.sip.SipUri;

/**
 * One {@code <info>} (read-only) or {@code <prop>} (setting) item of a {@code chanib}; the
 * writer turns each into its {@code urn:parlano:ma:...} id.
 */
public sealed interface ChannelAttribute {

  /** {@code urn:parlano:ma:info:ucnt}: users currently in the room. */
  record UserCount(int count) implements ChannelAttribute {
    public UserCount {
      if (count < 0) {
        throw new IllegalArgumentException("user count must not be negative");
      }
    }
  }

  /** {@code urn:parlano:ma:info:visibilty} (sic, as SIPE matches it) and the correct spelling. */
  record RoomVisibility(Visibility visibility) implements ChannelAttribute {
    public RoomVisibility {
      Objects.requireNonNull(visibility, "visibility");
    }
  }

  /** {@code urn:parlano:ma:prop:filepost}: members may post files. */
  record FilePost(boolean allowed) implements ChannelAttribute {}

  /** {@code urn:parlano:ma:prop:invite}: new members get an invitation. */
  record Invite(boolean enabled) implements ChannelAttribute {}

  /** {@code urn:parlano:ma:prop:logged}: the room's history is kept. */
  record Logged(boolean enabled) implements ChannelAttribute {}

  /**
   * {@code urn:persistentchat:info:sipuri}: ours, the room's address for plain SIP clients
   * (SIP MESSAGE). An {@code info} item because it is read-only; clients skip ids they do not know.
   */
  record SipAddress(SipUri uri) implements ChannelAttribute {
    public SipAddress {
      Objects.requireNonNull(uri, "uri");
    }
  }
}

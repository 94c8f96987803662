package org.persistentchat.xccos.model;

import java.util.List;
import java.util.Objects;
import org.persistentchat.sip.SipUri;

/** An unsolicited {@code <ntc>} about room membership, sent to the other members of a room. */
public sealed interface Notice extends ServerPayload {

  /** The wire name without the {@code ntc:} prefix. */
  String name();

  /**
   * {@code ntc:join} or {@code ntc:bjoin}: users entered rooms. On the wire it is user-major,
   * one {@code uib} per user with an {@code aib} per room; the writer groups by user.
   */
  record Joined(boolean batch, List<Membership> memberships) implements Notice {
    public Joined {
      memberships = List.copyOf(memberships);
      if (memberships.isEmpty()) {
        throw new IllegalArgumentException("a join notice names at least one membership");
      }
    }

    @Override
    public String name() {
      return batch ? "bjoin" : "join";
    }
  }

  /** {@code ntc:part}: users left one room. On the wire it is room-major. */
  record Parted(ChannelUri channel, List<SipUri> users) implements Notice {
    public Parted {
      Objects.requireNonNull(channel, "channel");
      users = List.copyOf(users);
      if (users.isEmpty()) {
        throw new IllegalArgumentException("a part notice names at least one user");
      }
    }

    @Override
    public String name() {
      return "part";
    }
  }
}

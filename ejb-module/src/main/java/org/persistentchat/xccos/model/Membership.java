package org.persistentchat.xccos.model;

import java.util.Objects;
import org.persistentchat.sip.SipUri;

/** A user entering a room in a given role, as {@code ntc:join} announces it. */
public record Membership(SipUri user, ChannelUri channel, ParticipantRole role) {

  public Membership {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(role, "role");
  }
}

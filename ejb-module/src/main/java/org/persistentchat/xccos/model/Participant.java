package org.persistentchat.xccos.model;

import java.util.Objects;
import org.persistentchat.sip.SipUri;

/** A user in a room with the role the room gives them. */
public record Participant(SipUri user, ParticipantRole role) {

  public Participant {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
  }
}

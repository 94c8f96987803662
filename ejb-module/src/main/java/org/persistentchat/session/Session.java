package org.persistentchat.session;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A snapshot of one session; the registry hands out copies, never live objects, so nothing
 * outside it can change shared state and a clustered registry can return deserialised values.
 *
 * @param id the dialog handle
 * @param userUri the user's SIP URI as text ({@code sip:alice@example.com})
 * @param principalId the user's {@code tblPrincipal.prinID}
 * @param rooms the rooms joined on this session
 * @param lastActivity when the session last sent anything
 */
public record Session(
    SessionId id, String userUri, int principalId, Set<RoomKey> rooms, Instant lastActivity)
    implements Serializable {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userUri, "userUri");
    Objects.requireNonNull(lastActivity, "lastActivity");
    rooms = Set.copyOf(rooms);
  }

  public boolean isIn(RoomKey room) {
    return rooms.contains(room);
  }
}
